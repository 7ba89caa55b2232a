// Shared helpers for the write and query tests: the hand-made corpus, graph comparison, oxigraph re-parsing.
import { readFileSync } from 'node:fs';
import { DataFactory } from 'n3';
import * as ox from 'oxigraph';
import type { Quad, Term } from '../../src/rdf/factory.js';
import { DEFAULT_BASE } from '../../src/rdf/namespaces.js';
import { parseRdf, toNQuads } from '../../src/rdf/serialize.js';
import { ROOT } from '../helpers.js';

export const CORPUS = `${ROOT}test/fixtures/rdf/corpus.trig`;
export const CONTEXT_FILE = `${ROOT}ontology/context.jsonld`;

export function corpusQuads(): Quad[] {
  return parseRdf(readFileSync(CORPUS, 'utf8'), 'trig');
}

export const graphIri = (path: string): string => `${DEFAULT_BASE}graph/${path}`;

/** The quads of one named graph of the corpus. */
export function graph(quads: readonly Quad[], path: string): Quad[] {
  return quads.filter((q) => q.graph.value === graphIri(path));
}

/** Sorted N-Triples lines of the triples (graph names dropped): equal strings ⇔ equal graphs without blank nodes. */
export function triplesText(quads: readonly Quad[]): string {
  return toNQuads(quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)));
}

function fromOx(t: ox.Term): Term {
  switch (t.termType) {
    case 'NamedNode': return DataFactory.namedNode(t.value);
    case 'BlankNode': return DataFactory.blankNode(t.value);
    case 'DefaultGraph': return DataFactory.defaultGraph();
    case 'Literal': return t.language ? DataFactory.literal(t.value, t.language) : DataFactory.literal(t.value, DataFactory.namedNode(t.datatype.value));
    default: throw new TypeError(`unexpected ${t.termType}`);
  }
}

/** Parses with the independent oxigraph parser and returns n3 quads. */
export function oxParse(text: string, format: 'text/turtle' | 'application/n-quads' | 'application/ld+json'): Quad[] {
  return ox.parse(text, { format }).map((q) =>
    DataFactory.quad(fromOx(q.subject) as never, fromOx(q.predicate) as never, fromOx(q.object) as never, fromOx(q.graph) as never),
  );
}

/** A JSON-LD document of ours with its context inlined from ontology/context.jsonld (oxigraph loads no contexts). */
export function inlineContext(jsonld: string): string {
  const doc = JSON.parse(jsonld) as Record<string, unknown>;
  doc['@context'] = (JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')) as { '@context': unknown })['@context'];
  return JSON.stringify(doc);
}

/** A copy of `items` in a different, seeded order. */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
