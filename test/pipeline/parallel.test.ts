// Worker threads and the input-hash ledger: byte-identical output to one worker, unchanged records reused, changed inputs redone.
import { appendFileSync, copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import type { RunEvent } from '../../src/run/events.js';
import { FIXTURES, ROOT, SEED } from '../helpers.js';
import { tempDir } from '../temp-dir.js';
import { maskRunTimes, readTree } from './helpers.js';

const masked = (dir: string) => new Map([...readTree(dir)].map(([k, v]) => [k, maskRunTimes(v)]));

/** The keys of the ledger entries in a cache folder (its shard folders of files named by key). */
function entryKeys(cacheDir: string): Set<string> {
  const shards = readdirSync(cacheDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  return new Set(shards.flatMap((d) => readdirSync(join(cacheDir, d.name))).map((name) => name.slice(0, 64)));
}

describe('worker threads', () => {
  it('write byte-identical output with 1 and with 3 workers, and the same run result', async () => {
    const dir = tempDir('lodscribe-par-');
    const one = await runPipeline({ inputs: [FIXTURES, SEED], out: join(dir, 'one'), jobs: 1 });
    const three = await runPipeline({ inputs: [FIXTURES, SEED], out: join(dir, 'three'), jobs: 3 });
    expect(masked(join(dir, 'three'))).toEqual(masked(join(dir, 'one')));
    const strip = (r: typeof one) => ({ ...r, stages: undefined });
    expect(strip(three)).toEqual(strip(one));
    expect(one.records.length).toBe(17);
  }, 240_000);

  it('end by themselves when the run is done: none is terminated', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      const r = await runPipeline({ inputs: [SEED, `${FIXTURES}001_stalin_kim_talks_1949.txt`], out: join(tempDir('lodscribe-par-'), 'out'), jobs: 2 });
      expect(r.records.length).toBe(2);
      expect(terminate).not.toHaveBeenCalled();
    } finally {
      terminate.mockRestore();
    }
  }, 120_000);
});

describe('the input-hash ledger', () => {
  it('keeps an untouched output, reuses every unchanged record, redoes a changed one, and redoes all when the authority changes', async () => {
    const dir = tempDir('lodscribe-ledger-');
    const inputs = join(dir, 'in');
    const out = join(dir, 'out');
    const authority = join(dir, 'authority.ttl');
    copyFileSync(`${ROOT}authority/authority.ttl`, authority);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(inputs);
    for (const f of ['001_stalin_kim_talks_1949', '003_shtykov_telegram_1949', '009_ho_chi_minh_letter_1956']) copyFileSync(`${FIXTURES}${f}.txt`, join(inputs, `${f}.txt`));
    const first = await runPipeline({ inputs: [inputs], out, authority });
    const before = masked(out);
    expect(first.cached).toBe(0);
    const events: RunEvent[] = [];
    const again = await runPipeline({ inputs: [inputs], out, authority, onEvent: (e) => events.push(e) });
    expect(again.cached).toBe(3);
    expect(again.upToDate).toBe(true);
    expect(masked(out)).toEqual(before);
    expect(events.map((e) => e.event)).toEqual(['start', 'record', 'record', 'record', 'end']);
    // The output folder touched by hand: the next run writes it again, from the ledger.
    rmSync(join(out, 'void.ttl'));
    const rewritten = await runPipeline({ inputs: [inputs], out, authority });
    expect([rewritten.cached, rewritten.upToDate]).toEqual([3, undefined]);
    expect(masked(out)).toEqual(before);
    expect((await runPipeline({ inputs: [inputs], out, authority, license: 'https://creativecommons.org/publicdomain/zero/1.0/' })).upToDate).toBeUndefined();
    appendFileSync(join(inputs, '003_shtykov_telegram_1949.txt'), 'A line added at the end.\n');
    expect((await runPipeline({ inputs: [inputs], out, authority })).cached).toBe(2);
    const entriesBefore = entryKeys(join(dir, '.lodscribe-cache', 'out'));
    expect(entriesBefore.size).toBe(3);
    writeFileSync(authority, `# changed\n`, { flag: 'a' });
    expect((await runPipeline({ inputs: [inputs], out, authority })).cached).toBe(0);
    // Every key changed with the authority: the old entries are gone, only this run's three are left.
    const entriesAfter = entryKeys(join(dir, '.lodscribe-cache', 'out'));
    expect(entriesAfter.size).toBe(3);
    expect([...entriesAfter].filter((k) => entriesBefore.has(k))).toEqual([]);
    expect((await runPipeline({ inputs: [inputs], out, authority, fresh: true })).cached).toBe(0);
  }, 240_000);
});
