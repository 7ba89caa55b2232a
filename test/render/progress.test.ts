// Progress rendering: the terminal bar, JSON events one per line, nothing on a plain pipe in text mode.
import { describe, expect, it } from 'vitest';
import { jsonEventLine, progressLine, progressReporter } from '../../src/render/progress.js';
import type { RecordEvent } from '../../src/run/events.js';

const event: RecordEvent = { event: 'record', done: 250, total: 1000, failed: 3, cached: 40, recordId: 'r1', published: true, fromCache: false, elapsedMs: 10_000 };

describe('progress', () => {
  it('draws records done, rate, ETA, failures and cached records in one line', () => {
    const line = progressLine(event, 100);
    expect(line).toContain('250/1000 25%');
    expect(line).toContain('25.0 rec/s');
    expect(line).toContain('ETA 00:30');
    expect(line).toContain('3 failed');
    expect(line).toContain('40 cached');
    expect(line.length).toBeLessThan(100);
  });

  it('writes one JSON object per line with --log-format json, terminal or not', () => {
    const written: string[] = [];
    const report = progressReporter('json', { isTTY: false, write: (t: string) => written.push(t) })!;
    report({ event: 'start', total: 2, jobs: 2, cached: 0 });
    report(event);
    expect(written.map((l) => JSON.parse(l).event)).toEqual(['start', 'record']);
    expect(jsonEventLine(event).endsWith('\n')).toBe(true);
  });

  it('draws a bar only on a terminal in text mode, and clears it at the end', () => {
    expect(progressReporter('text', { isTTY: false, write: () => {} })).toBeUndefined();
    const written: string[] = [];
    const report = progressReporter('text', { isTTY: true, columns: 80, write: (t: string) => written.push(t) })!;
    report({ ...event, done: 1000 });
    report({ event: 'end', records: 1000, failed: 3, cached: 40, triples: 1, seconds: 1, stages: {}, peakRssBytes: 1, jobs: 2 });
    expect(written[0]).toContain('1000/1000 100%');
    expect(written[1]).toBe('\r\u001b[2K');
  });

  it('draws the whole line on a terminal that says it has no width (a pseudo-terminal without a size)', () => {
    const written: string[] = [];
    progressReporter('text', { isTTY: true, columns: 0, write: (t: string) => written.push(t) })!({ ...event, done: 1000 });
    expect(written[0]).toMatch(/1000\/1000 100% · 100\.0 rec\/s · ETA 00:00 · 3 failed · 40 cached$/);
  });
});
