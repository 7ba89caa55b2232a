// A graph read from the file → what writing it needs: its Graph Store bodies (checked terms) and its expected counts.
import type { Quad, Term } from '../rdf/factory.js';
import { NS } from '../rdf/namespaces.js';
import { canonicalTerm } from './canonical.js';
import type { StoreProfile } from './profiles.js';
import { groupedTurtle, nTriples, termText } from './sparql.js';
import { chunks, type Expected } from './write.js';

export interface PreparedGraph {
  graph: string;
  quads: readonly Quad[];
  expected: Expected;
  /** One body to PUT, or the pieces to POST to the staging graph (graphs larger than the profile's `gspChunk`). */
  bodies: string[];
}

const XSD_STRING = `${NS.xsd}string`;

/** Whether the term's canonical form is its exact form: IRIs, simple strings, language tags already in lower case. */
function sameByValue(t: Term): boolean {
  if (t.termType !== 'Literal') return true;
  return t.language !== '' ? t.language === t.language.toLowerCase() : t.datatype.value === XSD_STRING;
}

/**
 * The graph's distinct triples counted exactly and by value (what `canonicalLines` would give, without sorting), from
 * each triple's `s p o` text (`lines[i]` for `quads[i]`, as the body builders give them): only triples whose object
 * may change by value are put into canonical form a second time.
 */
export function expectedCounts(quads: readonly Quad[], lines: readonly string[]): Expected {
  const plain = new Set<string>();
  const typed = new Set<string>();
  const typedByValue = new Set<string>();
  quads.forEach((q, i) => {
    const line = lines[i] ?? '';
    if (sameByValue(q.object)) {
      plain.add(line);
    } else {
      typed.add(line);
      typedByValue.add(`${termText(q.subject)} ${termText(q.predicate)} ${canonicalTerm(q.object)}`);
    }
  });
  let shared = 0;
  for (const line of typedByValue) if (plain.has(line)) shared++;
  return { exact: plain.size + typed.size, byValue: plain.size + typedByValue.size - shared };
}

/** The Graph Store body of some triples in the profile's content type; their `s p o` texts go to `lines`. */
function body(profile: StoreProfile, quads: readonly Quad[], lines: string[]): string {
  return profile.gspContentType === 'text/turtle' ? groupedTurtle(quads, lines) : nTriples(quads, lines);
}

/** Counts and bodies for one graph; throws (InvalidIriError, RangeError) when a term cannot be sent. */
export function prepareGraph(profile: StoreProfile, graph: string, quads: readonly Quad[]): PreparedGraph {
  const lines: string[] = [];
  const limit = profile.gspChunk;
  const bodies = limit !== undefined && quads.length > limit ? chunks(quads, limit).map((c) => body(profile, c, lines)) : [body(profile, quads, lines)];
  return { graph, quads, expected: expectedCounts(quads, lines), bodies };
}
