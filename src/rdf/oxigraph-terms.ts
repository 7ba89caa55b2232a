// Oxigraph's terms and SPARQL JSON terms → plain RDF/JS terms, with the datatypes the store rewrote put back.
import { rdfjsFactory as f, type Quad, type Term } from './factory.js';
import { xsd } from './namespaces.js';

/** Predicate IRI → the datatype IRI its literal objects had in the file (Oxigraph's store gives them xsd:integer). */
export type TypedPredicates = ReadonlyMap<string, string>;

interface OxTermLike {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
  subject?: OxTermLike;
  predicate?: OxTermLike;
  object?: OxTermLike;
  graph?: OxTermLike;
}

/** `datatype` in place of xsd:integer on an integer literal; any other term as it is. */
export function retype(term: Term, datatype: string | undefined): Term {
  if (datatype === undefined || term.termType !== 'Literal' || !term.datatype.equals(xsd.integer)) return term;
  return f.literal(term.value, f.namedNode(datatype));
}

/** A term of Oxigraph's (WebAssembly objects: every property read crosses into the module) as a plain term. */
export function plainTerm(t: OxTermLike): Term {
  switch (t.termType) {
    case 'NamedNode': return f.namedNode(t.value);
    case 'BlankNode': return f.blankNode(t.value);
    case 'DefaultGraph': return f.defaultGraph();
    case 'Variable': return f.variable(t.value);
    case 'Literal': {
      const language = t.language ?? '';
      return language !== '' ? f.literal(t.value, language) : f.literal(t.value, f.namedNode(t.datatype?.value ?? xsd.string.value));
    }
    default: return plainQuad(t);
  }
}

/** An Oxigraph quad as a plain quad, its object retyped when its predicate is one of `typed`. */
export function plainQuad(q: OxTermLike, typed?: TypedPredicates): Quad {
  const predicate = plainTerm(q.predicate as OxTermLike);
  const object = retype(plainTerm(q.object as OxTermLike), typed?.get(predicate.value));
  return f.quad(plainTerm(q.subject as OxTermLike) as Quad['subject'], predicate as Quad['predicate'], object as Quad['object'], plainTerm(q.graph as OxTermLike) as Quad['graph']);
}

/** A term of SPARQL 1.1 Query Results JSON. */
export type JsonTerm =
  | { type: 'uri' | 'bnode'; value: string }
  | { type: 'literal' | 'typed-literal'; value: string; 'xml:lang'?: string; datatype?: string }
  | { type: 'triple'; value: { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm } };

/** A SPARQL JSON term as an RDF/JS term. */
export function jsonToTerm(t: JsonTerm): Term {
  switch (t.type) {
    case 'uri': return f.namedNode(t.value);
    case 'bnode': return f.blankNode(t.value);
    case 'triple': {
      const { subject, predicate, object } = t.value;
      return f.quad(jsonToTerm(subject) as Quad['subject'], jsonToTerm(predicate) as Quad['predicate'], jsonToTerm(object) as Quad['object']);
    }
    default: {
      if (t['xml:lang']) return f.literal(t.value, t['xml:lang']);
      return f.literal(t.value, t.datatype === undefined ? undefined : f.namedNode(t.datatype));
    }
  }
}
