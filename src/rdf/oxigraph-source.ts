// The embedded store → an RDF/JS source Comunica can join with others (SERVICE): quads by pattern, datatypes as in the file.
import { Readable } from 'node:stream';
import type { PatternSource } from './comunica.js';
import type { Term } from './factory.js';
import type { EmbeddedStore } from './oxigraph.js';

/** Comunica asks a source for each triple pattern it evaluates, and for the pattern's size to plan its joins. */
export function storeSource(store: EmbeddedStore): PatternSource {
  const or = (t: Term | null | undefined): Term | null => (t === undefined || t === null || t.termType === 'Variable' ? null : t);
  return {
    match: (s, p, o, g) => Readable.from(store.match(or(s), or(p), or(o), or(g))),
    countQuads: (s, p, o, g) => store.count(or(s), or(p), or(o), or(g)),
  };
}
