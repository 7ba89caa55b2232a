// Parsing RDF text (Turtle, TriG, N-Triples, N-Quads) into quads through the n3 gateway in factory.ts.
import { extname } from 'node:path';
import { Parser, type Quad } from './factory.js';

export type RdfFormat = 'turtle' | 'trig' | 'n-triples' | 'n-quads';

const BY_EXTENSION: Readonly<Record<string, RdfFormat>> = {
  '.ttl': 'turtle',
  '.trig': 'trig',
  '.nt': 'n-triples',
  '.nq': 'n-quads',
};

const N3_FORMAT: Readonly<Record<RdfFormat, string>> = {
  turtle: 'Turtle',
  trig: 'TriG',
  'n-triples': 'N-Triples',
  'n-quads': 'N-Quads',
};

/** The RDF syntax a file name's extension says (case-insensitive), or undefined for any other file. */
export function rdfFormatOf(path: string): RdfFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** Every quad of `text`; throws an Error whose message names the line on a syntax error. */
export function parseRdf(text: string, format: RdfFormat, baseIri?: string): Quad[] {
  const options = baseIri === undefined ? { format: N3_FORMAT[format] } : { format: N3_FORMAT[format], baseIRI: baseIri };
  return new Parser(options).parse(text);
}
