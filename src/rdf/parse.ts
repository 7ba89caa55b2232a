// Parsing RDF text (Turtle, TriG, N-Triples, N-Quads) into quads through the n3 gateway in factory.ts.
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
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

/**
 * Every quad of a text stream, given to `onQuad` as it is read: a file of any size, never held whole as one string
 * (V8 refuses strings over 512 MiB). Rejects with n3's message, which names the line, on a syntax error.
 */
export function parseRdfStream(input: Readable, format: RdfFormat, onQuad: (q: Quad) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    input.once('error', reject);
    new Parser({ format: N3_FORMAT[format] }).parse(input, (error, quad) => {
      if (error) {
        input.destroy();
        reject(error);
      } else if (quad) onQuad(quad);
      else resolve();
    });
  });
}
