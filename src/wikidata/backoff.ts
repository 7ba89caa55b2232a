// Waiting between retries: Retry-After parsing, exponential back-off with jitter, and a seeded random source.

/** A small seeded generator (mulberry32) in [0, 1): the same seed gives the same jitter, for tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The wait before retry number `attempt + 1`: `base * 2^attempt`, capped, of which the upper half is jitter
 * (so the wait is between half and all of the exponential step).
 */
export function backoffMs(attempt: number, random: () => number, baseMs = 1000, capMs = 60_000): number {
  const step = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + (step / 2) * random());
}

/** A `Retry-After` header (delay in seconds, or an HTTP date) as milliseconds from `nowMs`; undefined if absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
