// Quads with a tuple of string keys each → de-duplicated and sorted by those keys, each distinct key compared only once.
import type { Quad } from './factory.js';

/** The sort keys of one quad, most significant first; no key may hold U+0000. */
export type QuadKeys = readonly [string, string, string, string];

interface Entry { quad: Quad; r0: number; r1: number; r2: number; r3: number }

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byRanks = (a: Entry, b: Entry): number => a.r0 - b.r0 || a.r1 - b.r1 || a.r2 - b.r2 || a.r3 - b.r3;

/**
 * The quads ordered by their keys in code unit order, the first of equal tuples kept. Same order as joining the keys
 * by U+0000 and sorting the joined strings (U+0000 sorts below every character a key holds), but the distinct keys
 * are sorted once and the quads by integer ranks, not by long strings that mostly share their beginnings.
 */
export function sortByKeys(quads: Iterable<Quad>, keysOf: (q: Quad) => QuadKeys): Quad[] {
  const ranks = new Map<string, number>();
  const keyed: { quad: Quad; keys: QuadKeys }[] = [];
  for (const quad of quads) {
    const keys = keysOf(quad);
    for (const k of keys) ranks.set(k, 0);
    keyed.push({ quad, keys });
  }
  [...ranks.keys()].sort(byCodeUnits).forEach((k, i) => ranks.set(k, i));
  const entries: Entry[] = keyed.map(({ quad, keys }) => ({
    quad, r0: ranks.get(keys[0])!, r1: ranks.get(keys[1])!, r2: ranks.get(keys[2])!, r3: ranks.get(keys[3])!,
  }));
  entries.sort(byRanks); // stable: of equal tuples, the first quad comes first
  const out: Quad[] = [];
  let last: Entry | undefined;
  for (const e of entries) {
    if (last === undefined || byRanks(last, e) !== 0) out.push(e.quad);
    last = e;
  }
  return out;
}
