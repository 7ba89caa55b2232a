// --load-dir over an in-memory store that LOADs N-Quads files the way Virtuoso does: new graphs many to a request.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishCommand, type PublishCommandOptions } from '../../src/commands/publish.js';
import { exitCode } from '../../src/exit.js';
import { publishDataset } from '../../src/stages/store.js';
import { datasetDir, noSleep, recordGraph, recordQuads, rewrite } from './helpers.js';
import { line, MemoryStore } from './memory-store.js';
import { memoryFetch, type Intercept } from './memory-fetch.js';

const ENDPOINT = 'http://store.test/sparql';
const IDS = Array.from({ length: 30 }, (_, i) => `r${String(i).padStart(2, '0')}`);
const size = (id: string): number => 6 + Number(id.slice(1));
const dataset = (v = 1, ids = IDS) => ids.flatMap((id) => recordQuads(id, size(id), v));
const snapshot = (id: string, v: number): string => recordQuads(id, size(id), v).map(line).sort().join('\n');
const loads = mkdtempSync(join(tmpdir(), 'lodscribe-loads-'));
afterAll(() => rmSync(loads, { recursive: true, force: true }));

function setup(intercept?: Intercept, store = new MemoryStore()) {
  const { fetch, seen } = memoryFetch(store, intercept);
  const run = (dir: string, o: Partial<PublishCommandOptions> = {}) =>
    publishCommand(dir, { endpoint: ENDPOINT, profile: 'virtuoso', loadDir: loads, env: {}, fetchImpl: fetch, sleep: noSleep, backoffBaseMs: 1, retries: 1, ...o });
  return { store, seen, run };
}

describe('publish --load-dir', () => {
  it('LOADs new graphs from files of many graphs, reads every count back and leaves no file behind', async () => {
    const { store, seen, run } = setup();
    const r = await run(datasetDir(dataset()));
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(IDS.every((id) => store.snapshot(recordGraph(id)) === snapshot(id, 1))).toBe(true);
    expect(r.stdout).toContain(`written    <${recordGraph('r00')}>  6 triples (LOAD of a file)`);
    expect(store.loads).toHaveLength(1);
    expect(store.loads[0]).toMatch(/^file:\/\/\/.*\/lodscribe-load-[0-9a-f]{12}-000001\.nq$/);
    expect(seen.filter((s) => s.method === 'PUT')).toEqual([]);
    expect(seen.length).toBeLessThanOrEqual(3); // the counts before, the LOAD, the counts after
    expect(readdirSync(loads)).toEqual([]);
  });

  it('replaces graphs the store already holds with one PUT each and LOADs only the new ones', async () => {
    const { store, run } = setup();
    const dir = datasetDir(dataset(1, IDS.slice(0, 10)));
    expect(exitCode((await run(dir)).outcome)).toBe(0);
    rewrite(dir, dataset(2));
    const r = await run(dir);
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(IDS.every((id) => store.snapshot(recordGraph(id)) === snapshot(id, 2))).toBe(true);
    expect(r.stdout.match(/\(Graph Store PUT\)/g)).toHaveLength(10);
    expect(r.stdout.match(/\(LOAD of a file\)/g)).toHaveLength(20);
  });

  it('fills a file up to its limits and starts another', async () => {
    const { store, run } = setup();
    const r = await run(datasetDir(dataset()), { loadLimits: { graphs: 7, bytes: 8 * 1024 * 1024 } });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(store.loads).toHaveLength(5);
    expect(IDS.every((id) => store.snapshot(recordGraph(id)) === snapshot(id, 1))).toBe(true);
  });

  it('writes the graphs of a failed LOAD and all after them the usual way, and says that the LOAD failed', async () => {
    const refuseLoad: Intercept = (req) => (req.sparql?.startsWith('LOAD') ? new Response('FA003: Access denied', { status: 500 }) : undefined);
    const store = new MemoryStore();
    const { seen, run } = setup(refuseLoad, store);
    const r = await run(datasetDir(dataset()), { loadLimits: { graphs: 10, bytes: 8 * 1024 * 1024 } });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).toContain('note: a LOAD of a file failed (HTTP 500');
    expect(r.stdout).toContain('its graphs and the rest were written the usual way');
    expect(r.stdout).toContain('30 written, 0 unchanged, 0 failed');
    expect(r.stdout.match(/\(Graph Store PUT\)/g)).toHaveLength(30);
    expect(seen.filter((s) => s.sparql?.startsWith('LOAD'))).toHaveLength(2); // one LOAD, retried once, then no more
    expect(readdirSync(loads)).toEqual([]);
    expect(IDS.every((id) => store.snapshot(recordGraph(id)) === snapshot(id, 1))).toBe(true);
  });

  it('replaces what a LOAD that failed part-way left in a graph', async () => {
    const store = new MemoryStore();
    const partial = recordQuads('r00', size('r00'), 1).slice(0, 2).map(line);
    const failPartWay: Intercept = (req) => {
      if (!req.sparql?.startsWith('LOAD')) return undefined;
      store.set(recordGraph('r00'), partial);
      return new Response('SR325: Transaction aborted', { status: 500 });
    };
    const r = await setup(failPartWay, store).run(datasetDir(dataset()), { retries: 0 });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).toContain(`written    <${recordGraph('r00')}>  6 triples (Graph Store PUT)`);
    expect(IDS.every((id) => store.snapshot(recordGraph(id)) === snapshot(id, 1))).toBe(true);
  });

  it('writes every graph the usual way when a load file cannot be written', async () => {
    const store = new MemoryStore();
    const { fetch } = memoryFetch(store);
    const r = await publishDataset(datasetDir(dataset()), { endpoint: ENDPOINT, profile: 'virtuoso', loadDir: join(loads, 'gone'), fetchImpl: fetch, sleep: noSleep });
    expect(r.failed).toBe(0);
    expect(r.graphs.map((g) => g.method)).toEqual(IDS.map(() => 'gsp'));
    expect(store.loads).toEqual([]);
    expect(IDS.every((id) => store.snapshot(recordGraph(id)) === snapshot(id, 1))).toBe(true);
  });

  it('is refused with exit code 2 where it cannot work', async () => {
    const { run } = setup();
    const dir = datasetDir(dataset(1, ['r01']));
    const refused = async (o: Partial<PublishCommandOptions>) => {
      const r = await run(dir, o);
      expect(exitCode(r.outcome)).toBe(2);
      return r.stderr;
    };
    expect(await refused({ profile: 'fuseki' })).toContain('--load-dir needs --profile virtuoso (a store that LOADs N-Quads files from a folder it is allowed to read)');
    expect(await refused({ dryRun: true })).toContain('--load-dir cannot be combined with --dry-run, --changed-only or --method update');
    expect(await refused({ method: 'update' })).toContain('--load-dir cannot be combined with --dry-run, --changed-only or --method update');
    expect(await refused({ loadDir: join(loads, 'missing') })).toContain(`--load-dir ${join(loads, 'missing')} is not a folder`);
  });
});
