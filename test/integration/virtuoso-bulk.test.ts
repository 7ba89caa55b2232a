// The fast Graph Store path against a real Virtuoso 7: many graphs, one of 60,000 triples, re-publish, read-back that bites.
import { QueryEngine } from '@comunica/query-sparql';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishCommand, type PublishCommandOptions } from '../../src/commands/publish.js';
import { exitCode } from '../../src/exit.js';
import { literal, namedNode, quad, type Quad } from '../../src/rdf/factory.js';
import type { ProgressStream } from '../../src/render/progress.js';
import type { PublishEvent } from '../../src/render/publish-progress.js';
import { canonicalLines } from '../../src/store/canonical.js';
import { readGraphs, type GraphData } from '../../src/store/dataset.js';
import { stagingGraph } from '../../src/store/write.js';
import { datasetDir, rewrite } from '../store/helpers.js';
import { handMadeDataset } from './dataset.js';
import { ENDPOINT, expectVirtuosoAnswers, LOAD_DIR } from './store.js';

const engine = new QueryEngine();
const BASE = 'https://example.org/lodscribe-it/bulk/';
const BIG = `${BASE}graph/record/huge`;
const SMALL = 150;

beforeAll(expectVirtuosoAnswers);

/** 150 small record graphs and one of `big` triples (above the profile's 10,000 per request), in `version`. */
function records(version: number, big: number, base = BASE, tag = 'bulk'): Quad[] {
  const n = (s: string) => namedNode(base + s);
  const text = n('ns#text');
  const small = Array.from({ length: SMALL }, (_, r) => Array.from({ length: 5 + (r % 30) }, (_, i) =>
    quad(n(`record/s${r}/turn/${i}`), text, literal(`v${version}: turn ${i} of s${r}, "quoted" ; } .`, 'en'), n(`graph/record/s${r}`)))).flat();
  const large = Array.from({ length: big }, (_, i) => quad(n(`record/huge/turn/${i % 5000}`), n(`ns#p${Math.floor(i / 5000)}`), literal(`v${version} ${i}: a line of the huge record`, 'en'), n('graph/record/huge')));
  return [...handMadeDataset(tag), ...small, ...large];
}

async function fileGraphs(dir: string): Promise<GraphData[]> {
  const out: GraphData[] = [];
  for await (const g of readGraphs(join(dir, 'dataset.nq'))) out.push(g);
  return out;
}

/** The graph as Comunica reads it from the store, canonical. */
async function stored(graph: string): Promise<string[]> {
  const stream = await engine.queryQuads(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`, { sources: [{ type: 'sparql', value: ENDPOINT }] });
  return canonicalLines((await stream.toArray()) as Quad[]);
}

async function expectStoreHolds(dir: string): Promise<void> {
  for (const g of await fileGraphs(dir)) expect(await stored(g.graph), g.graph).toEqual(canonicalLines(g.quads));
}

/** A fetch that, for requests `pick` chooses, sends only the statements of the first half of the body. */
function halving(pick: (method: string, url: URL) => boolean): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const body = typeof init?.body === 'string' ? init.body : undefined;
    if (body === undefined || !pick(init?.method ?? 'GET', url)) return fetch(input, init);
    const cut = body.indexOf(' .\n', Math.floor(body.length / 2));
    return fetch(input, { ...init, body: body.slice(0, cut + 3) });
  }) as typeof fetch;
}

const publish = (dir: string, o: Partial<PublishCommandOptions> = {}, progress?: ProgressStream) =>
  publishCommand(dir, { endpoint: ENDPOINT, profile: 'virtuoso', env: {}, timeoutMs: 120_000, ...o }, progress);
const graphCount = 6 + SMALL + 1;

describe('the fast path to Virtuoso (Graph Store, graphs in flight, counts read back in batches)', () => {
  const dir = datasetDir(records(1, 60_000));

  it('writes every graph whole, the 60,000-triple one through its staging graph, and Comunica reads back the file', async () => {
    const r = await publish(dir);
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${graphCount} graph\\(s\\) — ${graphCount} written, 0 unchanged, 0 failed`));
    expect(r.stdout).toContain('written    <https://example.org/lodscribe-it/bulk/graph/record/huge>  60,000 triples (Graph Store POSTs, staged + MOVE)');
    await expectStoreHolds(dir);
    expect(await stored(stagingGraph(BIG))).toEqual([]);
  });

  it('re-publishing other content replaces every graph (nothing of the old content stays)', async () => {
    rewrite(dir, records(2, 55_000));
    const r = await publish(dir);
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).toContain('huge>  55,000 triples');
    await expectStoreHolds(dir);
  });

  it('read-back fails a graph Virtuoso got only half of; a big graph missing a piece never reaches its target', async () => {
    const before = await stored(BIG);
    const lossy = halving((method, url) => (method === 'PUT' && url.searchParams.get('graph') === `${BASE}graph/record/s7`) || (method === 'POST' && url.searchParams.get('graph') === stagingGraph(BIG)));
    rewrite(dir, records(3, 55_000));
    const r = await publish(dir, { fetchImpl: lossy });
    expect(exitCode(r.outcome)).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${graphCount - 2} written, 0 unchanged, 2 failed`));
    expect(r.stderr).toMatch(/record\/s7>: publish: error verification failed: the store holds \d+ triples, the file has 12;/);
    expect(r.stderr).toMatch(/record\/huge>: publish: error the staging graph holds \d+ of 55000 triples; the target was not touched; the store's graph was left as it was/);
    expect(await stored(BIG)).toEqual(before);
    expect(await stored(stagingGraph(BIG))).toEqual([]);
    const again = await publish(dir);
    expect(exitCode(again.outcome), again.stderr).toBe(0);
    await expectStoreHolds(dir);
  });
});

describe('--load-dir: new graphs LOADed by Virtuoso from N-Quads files in a folder it may read', () => {
  const base = `https://example.org/lodscribe-it/load-${randomUUID()}/`; // graphs the store has never held
  const dir = datasetDir(records(1, 60_000, base, 'load'));

  it('loads every new graph in files of at most 8 MiB (a bigger graph goes staged), Comunica reads back the file, no file is left', async () => {
    const lines: string[] = [];
    const r = await publish(dir, { loadDir: LOAD_DIR, logFormat: 'json' }, { write: (t: string) => lines.push(t) });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    const events = lines.map((l) => JSON.parse(l) as PublishEvent); // progress: every graph once, between start and end
    expect(events[0]).toEqual({ event: 'start', total: graphCount });
    expect(events.filter((e) => e.event === 'graph').map((e) => e.done)).toEqual(Array.from({ length: graphCount }, (_, i) => i + 1));
    expect(events.some((e) => e.event === 'graph' && e.method === 'load')).toBe(true);
    expect(events.at(-1)).toMatchObject({ event: 'end', graphs: graphCount, written: graphCount, failed: 0 });
    expect(r.stdout).toMatch(new RegExp(`${graphCount} graph\\(s\\) — ${graphCount} written, 0 unchanged, 0 failed`));
    expect(r.stdout).toContain(`written    <${base}graph/record/s0>  5 triples (LOAD of a file)`);
    expect(r.stdout).toContain(`written    <${base}graph/record/huge>  60,000 triples (Graph Store POSTs, staged + MOVE)`);
    expect(Number(/; (\d+) request\(s\)/.exec(r.stdout)?.[1])).toBeLessThan(graphCount / 5);
    await expectStoreHolds(dir);
    expect(readdirSync(LOAD_DIR).filter((f) => f.startsWith('lodscribe-load-'))).toEqual([]);
  });

  it('re-publishing other content replaces the graphs the store holds (by PUT, never appended to)', async () => {
    rewrite(dir, records(2, 55_000, base, 'load'));
    const r = await publish(dir, { loadDir: LOAD_DIR });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).not.toContain('(LOAD of a file)');
    await expectStoreHolds(dir);
  });

  it('writes every graph the usual way when the store may not read the folder, and says why', async () => {
    const refusedBase = `https://example.org/lodscribe-it/refused-${randomUUID()}/`;
    const refusedDir = datasetDir(records(1, 0, refusedBase, 'refused'));
    // Outside the store's DirsAllowed, and not under /tmp, which Debian's Virtuoso 7.2 reads anyway.
    const folder = mkdtempSync(join('/var/tmp', 'lodscribe-it-load-'));
    try {
      const r = await publish(refusedDir, { loadDir: folder });
      expect(exitCode(r.outcome), r.stderr).toBe(0);
      expect(r.stdout).toContain('note: a LOAD of a file failed (HTTP 500');
      expect(r.stdout).toContain('FA003');
      expect(r.stdout).not.toContain('(LOAD of a file)');
      expect(r.stdout).toMatch(/ 0 failed;/);
      await expectStoreHolds(refusedDir);
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
