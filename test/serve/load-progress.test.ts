// serve's progress while its stores load the dataset: the bar on a terminal, a line every ten seconds in a log.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReporter, loadText } from '../../src/render/load-progress.js';
import { exampleOutputCopy, serveForTest } from './helpers.js';

const copy = exampleOutputCopy('lodscribe-load-progress-');
afterAll(() => copy.done());

describe('serve load progress', () => {
  it('says how much of the dataset the stores have taken in and the time left', () => {
    expect(loadText({ read: 1.8e9, total: 4e9 }, 40_000, 2)).toBe('loading the dataset into 2 stores: 45% (1.8 GB of 2 × 2.0 GB) · ETA 00:49');
    expect(loadText({ read: 0, total: 2e6 }, 0, 1)).toBe('loading the dataset into one store: 0% (0 MB of 2 MB) · ETA --:--');
  });

  it('writes a line to a log only every ten seconds, so that a quick load writes none', () => {
    let clock = 0;
    const written: string[] = [];
    const reporter = loadReporter({ isTTY: false, write: (t: string) => written.push(t) }, 2, () => clock);
    clock = 9_000;
    reporter.onLoad({ read: 1e9, total: 4e9 });
    expect(written).toEqual([]);
    clock = 10_000;
    reporter.onLoad({ read: 2e9, total: 4e9 });
    clock = 15_000;
    reporter.onLoad({ read: 3e9, total: 4e9 });
    expect(written).toEqual(['lodscribe serve: loading the dataset into 2 stores: 50% (2.0 GB of 2 × 2.0 GB) · ETA 00:10\n']);
  });

  it('always draws the last step on a terminal, however soon after the one before', () => {
    const written: string[] = [];
    const reporter = loadReporter({ isTTY: true, columns: 120, write: (t: string) => written.push(t) }, 1);
    reporter.onLoad({ read: 1e6, total: 2e6 });
    reporter.onLoad({ read: 2e6, total: 2e6 });
    expect(written).toHaveLength(2);
    expect(written[1]).toContain('loading the dataset into one store: 100% (2 MB of 2 MB)');
  });

  it('draws the stores\' progress on a terminal while serve starts, up to the whole file, and clears it once it listens', async () => {
    const written: string[] = [];
    const handle = await serveForTest(copy.dir, { progress: { isTTY: true, columns: 120, write: (t: string) => written.push(t) } });
    await handle.close();
    const size = Math.round(statSync(join(copy.dir, 'dataset.nq')).size / 1e6);
    expect(written.at(-2)).toMatch(new RegExp(`^\\r\\u001b\\[2K\\[#+\\] loading the dataset into one store: 100% \\(${size} MB of ${size} MB\\)`));
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });
});
