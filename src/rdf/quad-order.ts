// Quads with a tuple of term sort keys each → de-duplicated and sorted by those keys, each distinct key compared only once.
import type { Quad } from './factory.js';

/** One sort key, shared by every quad position that holds the same term; `rank` is set while sorting. */
export interface KeySlot { readonly key: string; rank: number }

/** The sort keys of one quad, most significant first; no key may hold U+0000. */
export type QuadKeys = readonly [KeySlot, KeySlot, KeySlot, KeySlot];

/** A slot maker for one sort: one slot per distinct object `t` (terms recur), its key made once. */
export function slotsBy<T>(keyOf: (t: T) => string): (t: T) => KeySlot {
  const memo = new Map<T, KeySlot>();
  return (t) => {
    let slot = memo.get(t);
    if (slot === undefined) memo.set(t, (slot = { key: keyOf(t), rank: 0 }));
    return slot;
  };
}

interface Entry { quad: Quad; r0: number; r1: number; r2: number; r3: number }

const byCodeUnits = (a: KeySlot, b: KeySlot): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const byRanks = (a: Entry, b: Entry): number => a.r0 - b.r0 || a.r1 - b.r1 || a.r2 - b.r2 || a.r3 - b.r3;

/** Ranks every slot of the quads by its key in code unit order (equal keys, equal ranks); returns how many ranks. */
function rankSlots(keyed: readonly { keys: QuadKeys }[]): number {
  const slots = new Set<KeySlot>();
  for (const { keys } of keyed) for (const k of keys) slots.add(k);
  const sorted = [...slots].sort(byCodeUnits);
  let rank = -1;
  sorted.forEach((slot, i) => {
    if (i === 0 || slot.key !== sorted[i - 1]!.key) rank++;
    slot.rank = rank;
  });
  return rank + 1;
}

/** With n ranks and n⁴ below 2⁵³, a tuple of ranks is one exact number: sorted as numbers, equal tuples merged. */
function sortPacked(keyed: readonly { quad: Quad; keys: QuadKeys }[], n: number): Quad[] {
  const first = new Map<number, Quad>();
  for (const { quad, keys } of keyed) {
    const packed = ((keys[0].rank * n + keys[1].rank) * n + keys[2].rank) * n + keys[3].rank;
    if (!first.has(packed)) first.set(packed, quad);
  }
  return Array.from(Float64Array.from(first.keys()).sort(), (packed) => first.get(packed)!);
}

function sortEntries(keyed: readonly { quad: Quad; keys: QuadKeys }[]): Quad[] {
  const entries: Entry[] = keyed.map(({ quad, keys }) => ({ quad, r0: keys[0].rank, r1: keys[1].rank, r2: keys[2].rank, r3: keys[3].rank }));
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
  const n = rankSlots(keyed);
  return n ** 4 < Number.MAX_SAFE_INTEGER ? sortPacked(keyed, n) : sortEntries(keyed);
}
