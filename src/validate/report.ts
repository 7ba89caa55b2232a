// The validation report twice: sorted typed results, and the same as a sh:ValidationReport whose nodes are all IRIs.
import type { Span } from '../findings.js';
import { literal, namedNode, quad, type NamedNode, type Quad, type Term } from '../rdf/factory.js';
import { rdf, sh, xsd } from '../rdf/namespaces.js';
import { naturalCompare, type Graph } from './graph.js';
import { pathQuads, pathText } from './paths.js';
import type { Found, ResultSeverity, ValidationResult } from './types.js';

/** A result as terms (for the RDF report) and as plain data (for everything else). */
export interface Entry {
  found: Found;
  result: ValidationResult;
}

/** A term in N-Triples syntax. */
export function termText(t: Term): string {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType !== 'Literal') return t.value;
  const text = JSON.stringify(t.value);
  if (t.language) return `${text}@${t.language}`;
  return t.datatype.equals(xsd.string) ? text : `${text}^^<${t.datatype.value}>`;
}

export function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}

function severity(t: Term): ResultSeverity {
  const name = localName(t.value);
  return name === 'Warning' || name === 'Info' ? name : 'Violation';
}

function toResult(f: Found, shapes: Graph, spanOf: (iri: string) => Span | undefined): ValidationResult {
  const result: ValidationResult = {
    severity: severity(f.severity),
    focusNode: f.focusNode.termType === 'BlankNode' ? `_:${f.focusNode.value}` : f.focusNode.value,
    constraint: localName(f.component.value),
    component: f.component.value,
    shape: f.shape.value,
    message: f.message,
  };
  if (f.path) result.path = pathText(shapes, f.path);
  if (f.value) result.value = termText(f.value);
  const span = spanOf(result.focusNode);
  if (span) result.span = span;
  return result;
}

const keyOf = (r: ValidationResult): string[] =>
  [r.focusNode, r.path ?? '', r.constraint, r.shape, r.value ?? '', r.message];

function compareResults(a: ValidationResult, b: ValidationResult): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  for (let i = 0; i < ka.length; i++) {
    const c = naturalCompare(ka[i] ?? '', kb[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

/** Typed results with their spans, sorted, each distinct result once. */
export function entries(found: readonly Found[], shapes: Graph, spanOf: (iri: string) => Span | undefined): Entry[] {
  const unique = new Map<string, Entry>();
  for (const f of found) {
    const result = toResult(f, shapes, spanOf);
    unique.set(JSON.stringify(keyOf(result)), { found: f, result });
  }
  return [...unique.values()].sort((a, b) => compareResults(a.result, b.result));
}

/** Blank nodes of the validated data become `<report>/node/<k>`, in order of first use. */
function skolemiser(reportIri: string): (t: Term) => Term {
  const names = new Map<string, NamedNode>();
  return (t) => {
    if (t.termType !== 'BlankNode') return t;
    if (!names.has(t.value)) names.set(t.value, namedNode(`${reportIri}/node/${names.size + 1}`));
    return names.get(t.value) as NamedNode;
  };
}

/** The path of one result: an IRI, or its blank-node structure copied under `<result>/path/<k>`. */
function pathStatements(result: NamedNode, path: Term, shapes: Graph): { head: Term; quads: Quad[] } {
  if (path.termType !== 'BlankNode') return { head: path, quads: [] };
  const names = new Map<string, NamedNode>();
  const name = (t: Term): Term => {
    if (t.termType !== 'BlankNode') return t;
    if (!names.has(t.value)) names.set(t.value, namedNode(`${result.value}/path/${names.size + 1}`));
    return names.get(t.value) as NamedNode;
  };
  const head = name(path);
  const quads = pathQuads(shapes, path).map((q) => quad(name(q.subject) as NamedNode, q.predicate as NamedNode, name(q.object) as NamedNode));
  return { head, quads };
}

function resultQuads(iri: NamedNode, f: Found, shapes: Graph, skolem: (t: Term) => Term): Quad[] {
  const s = (p: NamedNode, o: Term): Quad => quad(iri, p, o as NamedNode);
  const out = [
    s(rdf.type, sh.ValidationResult),
    s(sh.resultSeverity, f.severity),
    s(sh.focusNode, skolem(f.focusNode)),
    s(sh.sourceConstraintComponent, f.component),
    s(sh.sourceShape, skolem(f.shape)),
    s(sh.resultMessage, literal(f.message)),
  ];
  if (f.value) out.push(s(sh.value, skolem(f.value)));
  if (f.path) {
    const { head, quads } = pathStatements(iri, f.path, shapes);
    out.push(s(sh.resultPath, head), ...quads);
  }
  return out;
}

/** The sh:ValidationReport `<reportIri>` with results `<reportIri>/result/1…n` in the order of `list`. */
export function reportQuads(reportIri: string, list: readonly Entry[], shapes: Graph): Quad[] {
  const report = namedNode(reportIri);
  const skolem = skolemiser(reportIri);
  const out = [
    quad(report, rdf.type, sh.ValidationReport),
    quad(report, sh.conforms, literal(String(list.length === 0), xsd.boolean)),
  ];
  list.forEach((e, i) => {
    const iri = namedNode(`${reportIri}/result/${i + 1}`);
    out.push(quad(report, sh.result, iri), ...resultQuads(iri, e.found, shapes, skolem));
  });
  return out;
}
