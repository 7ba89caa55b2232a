// The SPARQL serializer: renders checked RDF terms into single-operation SPARQL 1.1 queries and updates.
import { uEscape } from '../rdf/escape.js';
import type { Literal, Quad, Term } from '../rdf/factory.js';
import { InvalidIriError, iriProblem, wellFormed } from '../rdf/iri.js';
import { NS } from '../rdf/namespaces.js';

const XSD_STRING = `${NS.xsd}string`;
const RDF_LANG_STRING = `${NS.rdf}langString`;
/** SPARQL 1.1 LANGTAG without the '@'. */
const LANGTAG = /^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$/;
const ECHAR: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** `<iri>` for an absolute IRI without characters IRIREF forbids; throws InvalidIriError otherwise. */
export function iriRef(iri: string): string {
  const problem = iriProblem(iri);
  if (problem !== undefined) throw new InvalidIriError(iri, `${problem}; refusing to put it into SPARQL`);
  return `<${iri}>`;
}

const NEEDS_ESCAPE = /[\\"\u0000-\u001f\u007f]/g;
const escapeChar = (ch: string): string => ECHAR[ch] ?? uEscape(ch);

/** A string as a SPARQL STRING_LITERAL_QUOTE: ECHAR escapes, other controls as \uXXXX, lone surrogates as U+FFFD. */
export function stringLiteral(value: string): string {
  return `"${wellFormed(value).replace(NEEDS_ESCAPE, escapeChar)}"`;
}

/** A literal with its language tag (checked against LANGTAG) or datatype IRI (checked); xsd:string is left implicit. */
export function literalText(term: Literal): string {
  const text = stringLiteral(term.value);
  if (term.language !== '') {
    if (!LANGTAG.test(term.language)) throw new RangeError(`Invalid language tag ${JSON.stringify(term.language)}; refusing to put it into SPARQL`);
    return `${text}@${term.language}`;
  }
  const datatype = term.datatype.value;
  return datatype === XSD_STRING || datatype === RDF_LANG_STRING ? text : `${text}^^${iriRef(datatype)}`;
}

/** An IRI or a literal; blank nodes must be skolemised before they reach a request (Virtuoso refuses them). */
export function termText(term: Term): string {
  if (term.termType === 'NamedNode') return iriRef(term.value);
  if (term.termType === 'Literal') return literalText(term);
  throw new TypeError(`Cannot put a ${term.termType} into a SPARQL request; skolemise blank nodes first`);
}

/** One triple pattern line `s p o .` (the graph of the quad is ignored). */
export function tripleText(q: Quad): string {
  return `${termText(q.subject)} ${termText(q.predicate)} ${termText(q.object)} .`;
}

/**
 * N-Triples text for a Graph Store request body (the same term rules; N-Triples is also valid Turtle). `lines`, when
 * given, receives each triple's `s p o` text, in order (so that the caller can count distinct triples without
 * rendering the terms again).
 */
export function nTriples(quads: readonly Quad[], lines?: string[]): string {
  return quads.map((q) => {
    const line = `${termText(q.subject)} ${termText(q.predicate)} ${termText(q.object)}`;
    lines?.push(line);
    return `${line} .\n`;
  }).join('');
}

/** Turtle for a Graph Store body, consecutive triples of one subject joined with `;` (a store parses less); `lines` as above. */
export function groupedTurtle(quads: readonly Quad[], lines?: string[]): string {
  const parts: string[] = [];
  let subject: string | undefined;
  for (const q of quads) {
    const s = termText(q.subject);
    const po = `${termText(q.predicate)} ${termText(q.object)}`;
    lines?.push(`${s} ${po}`);
    if (s === subject) parts.push(` ;\n  ${po}`);
    else parts.push(subject === undefined ? `${s} ${po}` : ` .\n${s} ${po}`);
    subject = s;
  }
  return subject === undefined ? '' : `${parts.join('')} .\n`;
}

export function dropGraph(graph: string): string {
  return `DROP SILENT GRAPH ${iriRef(graph)}`;
}

export function insertData(graph: string, quads: readonly Quad[]): string {
  return `INSERT DATA { GRAPH ${iriRef(graph)} {\n${quads.map(tripleText).join('\n')}\n} }`;
}

/**
 * INSERT … WHERE { BIND(STRDT(…)) } for triples whose typed-literal objects a store cannot take inside INSERT DATA
 * (Virtuoso 7 fails on xsd:duration and xsd:time there); every object must be a typed literal.
 */
export function insertBound(graph: string, quads: readonly Quad[]): string {
  const patterns: string[] = [];
  const binds: string[] = [];
  quads.forEach((q, i) => {
    if (q.object.termType !== 'Literal' || q.object.language !== '') throw new TypeError('insertBound takes typed literal objects only');
    patterns.push(`${termText(q.subject)} ${termText(q.predicate)} ?o${i} .`);
    binds.push(`BIND(STRDT(${stringLiteral(q.object.value)}, ${iriRef(q.object.datatype.value)}) AS ?o${i})`);
  });
  return `INSERT { GRAPH ${iriRef(graph)} {\n${patterns.join('\n')}\n} } WHERE {\n${binds.join('\n')}\n}`;
}

/** MOVE without SILENT: the caller checks the graphs' state before ever sending it again. */
export function moveGraph(from: string, to: string): string {
  return `MOVE GRAPH ${iriRef(from)} TO GRAPH ${iriRef(to)}`;
}

/** LOAD of a file the store reads itself (Virtuoso: a folder in its DirsAllowed); N-Quads keep each line's graph. */
export function loadFile(fileIri: string): string {
  return `LOAD ${iriRef(fileIri)}`;
}

export function countQuery(graph: string): string {
  return `SELECT (COUNT(*) AS ?n) WHERE { GRAPH ${iriRef(graph)} { ?s ?p ?o } }`;
}

/**
 * The triple count of each of several graphs in one query (a graph that is empty or missing gives no row). The graphs
 * are the query's FROM NAMED dataset. Publishing 10,000 graphs to Virtuoso 7 this way took 203 s, against 222 s with
 * one COUNT per graph (four at a time) and 182 s with no read-back at all. After a restart of the store, the same
 * count of 50 graphs took it 3 s instead of 0.08 s for a while (README, "Publishing at scale").
 * `VALUES ?g { … }` cost it ten times the CPU when first measured, the same as FROM NAMED in a restarted store; one
 * subquery per graph times out; a UNION of `{ GRAPH <g> { … } BIND(<g> AS ?g) }` grows faster than the number of
 * graphs (50 of them: 12 s in a restarted store of 10 million triples), and a publish with it did not finish.
 */
export function countsQuery(graphs: readonly string[]): string {
  if (graphs.length === 0) throw new RangeError('countsQuery needs at least one graph');
  return `SELECT ?g (COUNT(*) AS ?n) ${graphs.map((g) => `FROM NAMED ${iriRef(g)}`).join(' ')} WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`;
}

export function constructQuery(graph: string): string {
  return `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ${iriRef(graph)} { ?s ?p ?o } }`;
}
