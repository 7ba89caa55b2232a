// Item 2: `lodscribe run` killed (SIGKILL) at 25 random points leaves the old or the new output, whole; the next run recovers.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { maskRunTimes, readTree } from '../pipeline/helpers.js';
import { leftovers, runCli, seeded, tempDir, writeCorpus } from './helpers.js';

const KILLS = 25;
const RECORDS = 5;
const SWAP_LEFTOVER = /^\.out\.(new|old)-\d+-[A-Za-z0-9]+$/;

/**
 * Kills the child at a random point: even kills anywhere in a whole run's time, odd kills while the new output is being
 * written (once its staging folder appears, after a further random wait), the window a torn write would show in.
 */
function killer(k: number, delay: number, out: string): (child: ChildProcess) => void {
  return (child) => {
    if (k % 2 === 0) {
      setTimeout(() => child.kill('SIGKILL'), delay);
      return;
    }
    const poll = setInterval(() => {
      if (child.exitCode !== null || child.signalCode !== null) return clearInterval(poll);
      if (!leftovers(out).some((e) => e.includes('.new-'))) return;
      clearInterval(poll);
      setTimeout(() => child.kill('SIGKILL'), delay % 120);
    }, 5);
  };
}

/** An output folder as masked text per file, comparable across runs. */
const snapshot = (dir: string): string => JSON.stringify([...readTree(dir)].map(([f, t]) => [f, maskRunTimes(t)]).sort());

describe('killing `lodscribe run` at random points', () => {
  const corpora: string[] = [writeCorpus(RECORDS, 6, 0), writeCorpus(RECORDS, 6, 500)];
  const versions: string[] = [];
  const out = join(tempDir('kill'), 'out');
  let fullRunMs = 0;

  beforeAll(async () => {
    for (const [i, corpus] of corpora.entries()) {
      const dir = i === 0 ? out : join(tempDir('ref'), 'out');
      const run = await runCli(['run', corpus, '--out', dir, '--jobs', '1']);
      expect(run.code, run.stderr).toBe(0);
      versions.push(snapshot(dir));
      fullRunMs = Math.max(fullRunMs, run.ms);
    }
    expect(versions[0]).not.toBe(versions[1]);
  }, 120_000);

  it(`leaves a whole old or new output after each of ${KILLS} kills, and the next run cleans up and recovers`, async () => {
    const random = seeded(20240607);
    const seen = { killed: 0, staging: 0, asideOnly: 0, old: 0, new: 0 };
    for (let k = 0; k < KILLS; k++) {
      const delay = fullRunMs * ((k + random()) / KILLS) * 1.05;
      const run = await runCli(['run', corpora[(k + 1) % 2]!, '--out', out, '--jobs', '1', '--fresh'], killer(k, delay, out));
      if (run.signal === 'SIGKILL') seen.killed++;
      else expect(run.code, run.stderr).toBe(0);
      const stray = leftovers(out);
      expect(stray.filter((e) => !SWAP_LEFTOVER.test(e)), `kill ${k}: unknown entries beside the output`).toEqual([]);
      if (stray.some((e) => e.includes('.new-'))) seen.staging++;
      // The published version: the output folder, or (killed between the two renames) the old version set aside.
      const aside = stray.filter((e) => e.includes('.old-')).map((e) => join(out, '..', e));
      const published = existsSync(out) ? out : aside[0];
      if (!existsSync(out)) seen.asideOnly++;
      expect(published, `kill ${k}: neither the output nor the old version set aside`).toBeDefined();
      const version = versions.indexOf(snapshot(published!));
      expect(version, `kill ${k} after ${Math.round(delay)} ms: the output is neither the old nor the new version`).toBeGreaterThanOrEqual(0);
      seen[version === (k + 1) % 2 ? 'new' : 'old']++;
    }
    const last = await runCli(['run', corpora[0]!, '--out', out, '--jobs', '1']);
    expect(last.code, last.stderr).toBe(0);
    expect(snapshot(out)).toBe(versions[0]);
    expect(leftovers(out), 'staging or set-aside folders left after a whole run').toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['dataset.nq', 'records', 'reports', 'void.ttl']);
    console.info(`kill test: ${JSON.stringify(seen)}`);
    expect(seen.killed).toBeGreaterThanOrEqual(Math.floor(KILLS * 0.6));
  }, 240_000);
});
