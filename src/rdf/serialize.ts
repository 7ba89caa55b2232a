// Deterministic RDF text: sorted, de-duplicated N-Quads and pretty prefixed Turtle, with IRIs re-checked at write time.
import { Writer, defaultGraph, quad as makeQuad, type Literal, type NamedNode, type Quad, type QuadObject, type QuadSubject, type Term } from './factory.js';
import { uEscape } from './escape.js';
import { InvalidIriError, iriProblem } from './iri.js';
import { NQuadsText } from './nquads-text.js';
import { NS, rdf, xsd } from './namespaces.js';
import { slotsBy, sortByKeys, type KeySlot } from './quad-order.js';

/** Throws InvalidIriError for an IRI a serialiser must not write (forbidden characters, spaces, controls, relative). */
export function assertWritableIri(iri: string): void {
  const problem = iriProblem(iri);
  if (problem !== undefined) throw new InvalidIriError(iri, `${problem}; refusing to write it`);
}

function checkLiteral(term: Literal): void {
  assertWritableIri(term.datatype.value);
  if (term.language !== '' && !/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(term.language)) {
    throw new RangeError(`Invalid language tag ${JSON.stringify(term.language)}; refusing to write it`);
  }
}

function checkTerm(term: Term): void {
  if (term.termType === 'NamedNode') assertWritableIri(term.value);
  else if (term.termType === 'Literal') checkLiteral(term);
  else if (term.termType === 'BlankNode' && !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(term.value)) {
    throw new RangeError(`Invalid blank node label ${JSON.stringify(term.value)}; refusing to write it`);
  } else if (term.termType !== 'BlankNode' && term.termType !== 'DefaultGraph') {
    throw new TypeError(`Cannot write a ${term.termType} term`);
  }
}

/** Checks every term of every quad, each distinct term once, in order (defence in depth: the factory checked them). */
export function assertWritable(quads: Iterable<Quad>): void {
  const seen = new Set<Term>();
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object, q.graph]) {
      if (!seen.has(t)) {
        checkTerm(t);
        seen.add(t);
      }
    }
  }
}

/** C0 controls but tab and line ends, DEL and C1 controls: the ones n3 writes raw (Turtle up to U+0019 only, N-Quads none of C1). */
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Escapes every raw control character of Turtle, N-Quads or JSON text as `\uXXXX`. Such characters can only stand inside
 * string literals there (IRIs are checked to have none), where `\uXXXX` is a valid escape in all three syntaxes.
 */
export function escapeControls(text: string): string {
  return text.replace(RAW_CONTROL, uEscape);
}

/** One N-Quads line (without the line end); terms are checked first. */
export function nQuadLine(q: Quad): string {
  return new NQuadsText(checkTerm).line(q).slice(0, -1);
}

/** The N-Quads line of each quad, in order (without line ends); each distinct term checked and encoded once. */
export function nQuadLines(quads: readonly Quad[]): string[] {
  const text = new NQuadsText(checkTerm);
  return quads.map((q) => text.line(q).slice(0, -1));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An injective sort key for a term (the N-Quads form is not one: it depends on escaping); never holds a raw U+0000.
 * Blank nodes, then literals, then IRIs; an IRI closes with '"' (U+0022), which sorts below '/', digits and letters:
 * <…/a> before <…/a/1>, <…/1> before <…/10>. (The order of the JSON text `["NamedNode","iri"]` and so on, built
 * cheaply: IRIs that reach a writer hold no character JSON escapes.)
 */
export function sortKey(t: Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `N${t.value}"`;
    case 'Literal':
      return `L${JSON.stringify([t.value, t.language, t.datatype.value])}`;
    case 'BlankNode':
      return `B${JSON.stringify(t.value)}`;
    case 'DefaultGraph':
      return '';
    default: // not writable (a variable, a quoted triple): kept apart, refused by the writers
      return `?${t.termType}${JSON.stringify(t.value)}`;
  }
}

/** Quads as sortQuads orders them, without duplicates: writing them in more than one syntax sorts them once. */
export class SortedQuads {
  private constructor(
    readonly quads: readonly Quad[],
    /** Whether all quads are in one graph (then the Turtle order of their triples is this order). */
    readonly oneGraph: boolean,
  ) {}

  /**
   * Quads without duplicates, ordered by graph, then subject, predicate (rdf:type first) and object, by the term keys
   * (JSON text: never a raw U+0000, as sortByKeys needs).
   */
  static of(quads: Iterable<Quad>): SortedQuads {
    const list = [...quads];
    const key = slotsBy(sortKey);
    const none: KeySlot = { key: '', rank: 0 };
    // A record's quads are usually all in one graph: then the graph adds nothing to the order and stays out of the key.
    const oneGraph = list.every((q) => q.graph.equals(list[0]!.graph));
    const sorted = sortByKeys(list, (q) => [oneGraph ? none : key(q.graph), key(q.subject), q.predicate.equals(rdf.type) ? none : key(q.predicate), key(q.object)]);
    return new SortedQuads(sorted, oneGraph);
  }
}

/** Quads without duplicates, ordered by graph, then subject, predicate (rdf:type first) and object. */
export function sortQuads(quads: Iterable<Quad>): Quad[] {
  return [...SortedQuads.of(quads).quads];
}

/** Sorted N-Quads, one statement per line, ending with a line end ('' for no quads); every term checked first. */
export function toNQuads(quads: Iterable<Quad> | SortedQuads): string {
  const sorted = (quads instanceof SortedQuads ? quads : SortedQuads.of(quads)).quads;
  return new NQuadsText(checkTerm).lines(sorted);
}

/** The triples of `quads` (graph names dropped), de-duplicated and in Turtle order. */
export function asTriples(quads: Iterable<Quad> | SortedQuads): Quad[] {
  const triple = (q: Quad): Quad => makeQuad(q.subject as QuadSubject, q.predicate as NamedNode, q.object as QuadObject, defaultGraph());
  // Sorted quads of one graph are sorted triples already: the graph key was left out of their order.
  if (quads instanceof SortedQuads) return quads.oneGraph ? quads.quads.map(triple) : asTriples(quads.quads);
  return sortQuads([...quads].map(triple));
}

/** The IRIs a Turtle text of `quads` spells out: subjects, predicates but rdf:type, IRI objects, datatypes but xsd:string. */
function spelledIris(quads: readonly Quad[]): Set<string> {
  const iris = new Set<string>();
  const add = (t: Term): void => {
    if (t.termType !== 'Literal') iris.add(t.value);
    else if (t.language === '' && t.datatype.value !== xsd.string.value) iris.add(t.datatype.value);
  };
  for (const q of quads) {
    add(q.subject);
    if (!q.predicate.equals(rdf.type)) add(q.predicate);
    add(q.object);
  }
  return iris;
}

/** The prefixes (in code unit order) whose namespace some spelled-out IRI starts with and is longer than. */
function usedPrefixes(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): Record<string, string> {
  const candidates = Object.entries(prefixes).sort(([a], [b]) => compare(a, b));
  const found = new Set<string>();
  for (const iri of spelledIris(quads)) {
    for (const [prefix, ns] of candidates) if (iri.length > ns.length && iri.startsWith(ns)) found.add(prefix);
  }
  const used: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [prefix, ns] of candidates) if (found.has(prefix)) used[prefix] = ns;
  return used;
}

/**
 * Puts one blank line between subject blocks: after a statement's last line (ending in '.', not a prefix line) when a
 * new subject follows. n3 escapes line ends in literals, so every line start is a statement or a continuation.
 */
function spaceSubjects(turtle: string): string {
  return turtle.replace(/^(?!@)([^\n]*\.)\n(?=[^ @\n])/gm, '$1\n\n');
}

/** Pretty Turtle: only the prefixes used (from NS by default), subjects sorted, predicates grouped, rdf:type first. */
export function toTurtle(quads: Iterable<Quad> | SortedQuads, prefixes: Readonly<Record<string, string>> = NS): string {
  // Sorted quads of one graph are sorted triples already (their graph is left out below).
  const triples = quads instanceof SortedQuads && quads.oneGraph ? quads.quads : asTriples(quads);
  assertWritable(triples);
  const writer = new Writer({ prefixes: usedPrefixes(triples, prefixes) });
  for (const t of triples) writer.addQuad(t.subject, t.predicate, t.object);
  let text = '';
  writer.end((error, result) => {
    if (error) throw error;
    text = result;
  });
  const spaced = spaceSubjects(escapeControls(text));
  return spaced === '' || spaced.endsWith('\n') ? spaced : `${spaced}\n`;
}

/** Parsing lives in parse.ts; re-exported here for callers that read back what they wrote. */
export { parseRdf, type RdfFormat as RdfSyntax } from './parse.js';
