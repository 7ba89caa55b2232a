// Placing Web Annotation selectors in a segment's text: positions (code points into the source) checked by quotes.

/** A mention's selectors: TextPositionSelector offsets into the source text, TextQuoteSelector exact/prefix/suffix. */
export interface Quote { start: number; end: number; exact: string; prefix?: string; suffix?: string }

/** A range of code points in the segment's text. */
export interface Range { start: number; end: number }

/** A text as code points, with the code-point index of every UTF-16 index (for turning indexOf into offsets). */
class CodePoints {
  readonly points: string[];
  private readonly index: number[] = [];

  constructor(readonly text: string) {
    this.points = Array.from(text);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      this.index.push(cp);
      const c = text.charCodeAt(i);
      if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
    }
    this.index.push(cp);
  }

  slice(start: number, end: number): string {
    return this.points.slice(start, end).join('');
  }

  /** Code-point offsets of every occurrence of `needle`. */
  occurrences(needle: string): number[] {
    const out: number[] = [];
    if (needle === '') return out;
    for (let i = this.text.indexOf(needle); i >= 0; i = this.text.indexOf(needle, i + 1)) out.push(this.index[i] ?? 0);
    return out;
  }
}

/** How many code points of the quote's prefix and suffix the text around `at` confirms (-1: it contradicts them). */
function contextScore(text: CodePoints, at: number, q: Quote): number {
  const prefix = Array.from(q.prefix ?? '');
  const before = Math.min(at, prefix.length);
  if (text.slice(at - before, at) !== prefix.slice(prefix.length - before).join('')) return -1;
  const suffix = Array.from(q.suffix ?? '');
  const end = at + Array.from(q.exact).length;
  const after = Math.min(text.points.length - end, suffix.length);
  return text.slice(end, end + after) === suffix.slice(0, after).join('') ? before + after : -1;
}

interface Candidate { at: number; score: number }

/** The offset of the segment in the source that most quotes agree on (a segment is mostly one slice of the source). */
function commonShift(candidates: readonly (readonly Candidate[])[], quotes: readonly Quote[]): number | undefined {
  const votes = new Map<number, { n: number; score: number }>();
  for (const [k, found] of candidates.entries()) {
    for (const c of found) {
      const shift = (quotes[k]?.start ?? 0) - c.at;
      const v = votes.get(shift) ?? { n: 0, score: 0 };
      votes.set(shift, { n: v.n + 1, score: v.score + c.score });
    }
  }
  let best: [number, { n: number; score: number }] | undefined;
  for (const entry of votes) {
    const [, v] = entry;
    if (!best || v.n > best[1].n || (v.n === best[1].n && v.score > best[1].score)) best = entry;
  }
  return best?.[0];
}

/**
 * Where each quote lies in `text` (a turn's or paragraph's text, a slice of the source the offsets index): at its
 * position shifted by the segment's offset when the exact text is there, else at the occurrence whose prefix and
 * suffix agree best, the nearest of those; undefined when it is not in this text (a speaker label, say).
 */
export function placeQuotes(text: string, quotes: readonly Quote[]): (Range | undefined)[] {
  const cps = new CodePoints(text);
  const candidates = quotes.map((q) =>
    cps.occurrences(q.exact).map((at) => ({ at, score: contextScore(cps, at, q) })).filter((c) => c.score >= 0),
  );
  const shift = commonShift(candidates, quotes);
  return quotes.map((q, k) => {
    const length = Array.from(q.exact).length;
    const expected = shift === undefined ? 0 : q.start - shift;
    if (shift !== undefined && length > 0 && expected >= 0 && cps.slice(expected, expected + length) === q.exact) {
      return { start: expected, end: expected + length };
    }
    const best = [...(candidates[k] ?? [])].sort((a, b) => b.score - a.score || Math.abs(a.at - expected) - Math.abs(b.at - expected))[0];
    return best === undefined ? undefined : { start: best.at, end: best.at + length };
  });
}

/** Every occurrence of each needle in `text` (longest needles first), none overlapping another: code-point ranges. */
export function findAll<T extends { text: string }>(text: string, needles: readonly T[]): (Range & { item: T })[] {
  const cps = new CodePoints(text);
  const found: (Range & { item: T })[] = [];
  for (const item of [...needles].sort((a, b) => b.text.length - a.text.length)) {
    const length = Array.from(item.text).length;
    for (const start of cps.occurrences(item.text)) {
      const end = start + length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, item });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
