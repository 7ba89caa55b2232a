// The one gateway to the RDF library (n3): checked term constructors and the RDF/JS types the project uses.
import { DataFactory, Literal as N3Literal, Parser, Store, Writer, type NamedNode as N3NamedNode } from 'n3';
import type * as RDF from '@rdfjs/types';
import { assertIri, wellFormed } from './iri.js';

export { Parser, Store, Writer };
export { InvalidIriError } from './iri.js';

export type NamedNode<Iri extends string = string> = RDF.NamedNode<Iri>;
export type BlankNode = RDF.BlankNode;
export type Literal = RDF.Literal;
export type DefaultGraph = RDF.DefaultGraph;
export type Quad = RDF.Quad;
export type Term = RDF.Term;
export type DatasetCore = RDF.DatasetCore;

/** What this project puts into quads: no variables, no quoted triples. */
export type QuadSubject = NamedNode | BlankNode;
export type QuadPredicate = NamedNode;
export type QuadObject = NamedNode | BlankNode | Literal;
export type QuadGraph = NamedNode | BlankNode | DefaultGraph;

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const BLANK_LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

/** Named nodes made so far, by IRI (terms are immutable values: one object per IRI lets callers memoise by object); bounded. */
const named = new Map<string, NamedNode>();

/** A named node for a checked IRI; throws InvalidIriError (message names the IRI and the reason). */
export function namedNode<Iri extends string>(iri: Iri): NamedNode<Iri> {
  let node = named.get(iri); // only checked IRIs are kept
  if (node === undefined) {
    assertIri(iri);
    if (named.size >= 100_000) named.clear();
    named.set(iri, (node = DataFactory.namedNode(iri)));
  }
  return node as NamedNode<Iri>;
}

/**
 * An n3 literal (same id, so n3's stores and writers treat it as their own) whose value, language and datatype are
 * worked out once: n3's literal parses them out of its id on every read, and the writers and checks read them often.
 */
class ReadyLiteral extends N3Literal {
  override readonly value: string;
  override readonly language: string;
  override readonly datatype: N3NamedNode;
  override readonly datatypeString: string;

  constructor(made: N3Literal, value: string) {
    super(made.id);
    this.value = value;
    this.language = made.language;
    this.datatypeString = made.datatypeString;
    this.datatype = namedNode(this.datatypeString) as N3NamedNode; // namedNode makes n3 named nodes
  }
}

/**
 * A literal whose value is NFC-normalised with lone surrogates replaced by U+FFFD. The second argument is a
 * language tag (BCP 47 syntax, stored lower-case by n3) or a datatype IRI (checked like any IRI).
 */
export function literal(value: string, langOrDatatype?: string | NamedNode): Literal {
  const clean = wellFormed(value).normalize('NFC');
  if (typeof langOrDatatype === 'string' && !LANGUAGE_TAG.test(langOrDatatype)) {
    throw new RangeError(`Invalid language tag ${JSON.stringify(langOrDatatype)}`);
  }
  if (typeof langOrDatatype === 'object') assertIri(langOrDatatype.value);
  return new ReadyLiteral(DataFactory.literal(clean, langOrDatatype), clean);
}

/** A blank node; an explicit label must be a plain Turtle-safe label. */
export function blankNode(label?: string): BlankNode {
  if (label !== undefined && !BLANK_LABEL.test(label)) {
    throw new RangeError(`Invalid blank node label ${JSON.stringify(label)}`);
  }
  return DataFactory.blankNode(label);
}

/** An RDF/JS data factory with a `dataset()` (an n3 Store), for libraries that build datasets of their own. */
export const rdfjsFactory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

export function defaultGraph(): DefaultGraph {
  return DataFactory.defaultGraph();
}

export function quad(subject: QuadSubject, predicate: QuadPredicate, object: QuadObject, graph?: QuadGraph): Quad {
  return DataFactory.quad(subject, predicate, object, graph ?? DataFactory.defaultGraph());
}
