// The query pool: a query past its deadline is answered "timeout" and its worker replaced; crashes and failed starts.
import { afterEach, describe, expect, it } from 'vitest';
import { QueryPool, type PoolAnswer } from '../../src/serve/query-pool.js';

const FAKE = { url: new URL('./fixtures/fake-query-worker.mjs', import.meta.url) };
const job = (sparql: string) => ({ sparql, format: 'json' as const, maxRows: 10, maxBytes: 1000 });
let pool: QueryPool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function startPool(size: number, file = 'dataset'): Promise<QueryPool> {
  pool = new QueryPool(file, 'https://w3id.org/lodscribe/', size, FAKE);
  await pool.start();
  return pool;
}

const body = (a: PoolAnswer): string => (a.ok ? a.body : `${a.reason}: ${a.message}`);

describe('QueryPool', () => {
  it('answers queries', async () => {
    const p = await startPool(1);
    expect(body(await p.run(job('echo:1'), 5000))).toMatch(/^echo:1 from \d+$/);
  });

  it('stops a query that never answers, even one that blocks its thread, and goes on with a new worker', async () => {
    const p = await startPool(1);
    for (const stuck of ['hang', 'spin']) {
      const first = body(await p.run(job('echo:a'), 5000));
      const answer = await p.run(job(stuck), 300);
      expect(answer).toMatchObject({ ok: false, reason: 'timeout' });
      const after = body(await p.run(job('echo:b'), 5000));
      expect(after).toMatch(/^echo:b from \d+$/);
      expect(after.split(' from ')[1]).not.toBe(first.split(' from ')[1]);
    }
  });

  it('times out a query still waiting for a worker, and runs the ones behind it', async () => {
    const p = await startPool(1);
    const stuck = p.run(job('hang'), 600);
    const waiting = p.run(job('echo:late'), 200);
    expect(await waiting).toMatchObject({ ok: false, reason: 'timeout' });
    expect(await stuck).toMatchObject({ ok: false, reason: 'timeout' });
    expect(body(await p.run(job('echo:next'), 5000))).toMatch(/^echo:next/);
  });

  it('reports a worker that dies as a failed query and replaces it', async () => {
    const p = await startPool(1);
    expect(await p.run(job('crash'), 5000)).toMatchObject({ ok: false, reason: 'failed' });
    expect(body(await p.run(job('echo:again'), 5000))).toMatch(/^echo:again/);
  });

  it('replaces a worker that asks to retire (its store trapped) after passing on its answer', async () => {
    const p = await startPool(1);
    const before = body(await p.run(job('echo:a'), 5000));
    expect(await p.run(job('trap'), 5000)).toMatchObject({ ok: false, reason: 'failed', retire: true });
    const after = body(await p.run(job('echo:b'), 5000));
    expect(after.split(' from ')[1]).not.toBe(before.split(' from ')[1]);
  });

  it('says whether a page or a query ran out of time, and whether it ran at all', async () => {
    const p = await startPool(1);
    const stuck = p.run({ page: { target: 'hang' } }, 300);
    const waiting = p.run(job('echo:a'), 100);
    expect(await waiting).toEqual({ ok: false, reason: 'timeout', message: "no worker was free within 100 ms (this endpoint's time limit): the query was not run; try again" });
    expect(await stuck).toEqual({ ok: false, reason: 'timeout', message: "the page did not finish within 300 ms (this endpoint's time limit) and was stopped" });
    expect(body(await p.run({ page: { target: 'echo:b' } }, 5000))).toMatch(/^echo:b from \d+$/);
  });

  it('refuses to start when no worker can load the dataset', async () => {
    pool = new QueryPool('fatal', 'https://w3id.org/lodscribe/', 2, FAKE);
    await expect(pool.start()).rejects.toThrow('could not load fatal');
  });
});
