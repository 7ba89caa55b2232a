// Waiting helpers: Retry-After in seconds or as a date, seeded jitter that repeats, exponential steps with a cap.
import { describe, expect, it } from 'vitest';
import { backoffMs, retryAfterMs, seededRandom } from '../../src/wikidata/backoff.js';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('Sun, 22 Jan 1950 12:00:00 GMT');
    expect(retryAfterMs('5', now)).toBe(5000);
    expect(retryAfterMs(' 0.5 ', now)).toBe(500);
    expect(retryAfterMs('Sun, 22 Jan 1950 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Sun, 22 Jan 1950 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('doubles per attempt, with jitter in the upper half, up to the cap', () => {
    const zero = () => 0;
    const one = () => 0.999999;
    expect([0, 1, 2, 3].map((n) => backoffMs(n, zero))).toEqual([500, 1000, 2000, 4000]);
    expect([0, 1, 2].map((n) => backoffMs(n, one))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(20, one, 1000, 60_000)).toBe(60_000);
  });

  it('repeats for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(xs).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(5);
  });
});
