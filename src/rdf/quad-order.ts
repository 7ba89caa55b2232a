// Quads with a tuple of string keys each → de-duplicated and sorted by those keys, each distinct key compared only once.
import type { Quad } from './factory.js';

/** The sort keys of one quad, most significant first; no key may hold U+0000. */
export type QuadKeys = readonly [string, string, string, string];

interface Entry { quad: Quad; r0: number; r1: number; r2: number; r3: number }

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byRanks = (a: Entry, b: Entry): number => a.r0 - b.r0 || a.r1 - b.r1 || a.r2 - b.r2 || a.r3 - b.r3;

/** The distinct keys of all quads → their rank in code unit order. */
function rankKeys(keyed: readonly { keys: QuadKeys }[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const { keys } of keyed) for (const k of keys) ranks.set(k, 0);
  [...ranks.keys()].sort(byCodeUnits).forEach((k, i) => ranks.set(k, i));
  return ranks;
}

/** With n distinct keys and n⁴ below 2⁵³, a tuple of ranks is one exact number: sorted as numbers, equal tuples merged. */
function sortPacked(keyed: readonly { quad: Quad; keys: QuadKeys }[], ranks: Map<string, number>): Quad[] {
  const n = ranks.size;
  const first = new Map<number, Quad>();
  for (const { quad, keys } of keyed) {
    const packed = ((ranks.get(keys[0])! * n + ranks.get(keys[1])!) * n + ranks.get(keys[2])!) * n + ranks.get(keys[3])!;
    if (!first.has(packed)) first.set(packed, quad);
  }
  return Array.from(Float64Array.from(first.keys()).sort(), (packed) => first.get(packed)!);
}

function sortEntries(keyed: readonly { quad: Quad; keys: QuadKeys }[], ranks: Map<string, number>): Quad[] {
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

/**
 * The quads ordered by their keys in code unit order, the first of equal tuples kept. Same order as joining the keys
 * by U+0000 and sorting the joined strings (U+0000 sorts below every character a key holds), but the distinct keys
 * are sorted once and the quads by integer ranks, not by long strings that mostly share their beginnings.
 */
export function sortByKeys(quads: Iterable<Quad>, keysOf: (q: Quad) => QuadKeys): Quad[] {
  const keyed: { quad: Quad; keys: QuadKeys }[] = [];
  for (const quad of quads) keyed.push({ quad, keys: keysOf(quad) });
  const ranks = rankKeys(keyed);
  return ranks.size ** 4 < Number.MAX_SAFE_INTEGER ? sortPacked(keyed, ranks) : sortEntries(keyed, ranks);
}
