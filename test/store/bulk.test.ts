// The fast Graph Store path over an in-memory store: graphs in flight, batched read-back, big graphs staged, never half.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishCommand, type PublishCommandOptions } from '../../src/commands/publish.js';
import { exitCode } from '../../src/exit.js';
import { datasetDir, noSleep, recordGraph, recordQuads, rewrite, BASE } from './helpers.js';
import { line, MemoryStore } from './memory-store.js';
import { memoryFetch, type Intercept, type Seen } from './memory-fetch.js';

const ENDPOINT = 'http://store.test/sparql';
const GSP = 'http://store.test/store';
const IDS = Array.from({ length: 12 }, (_, i) => `r${i}`);
const size = (id: string): number => (id === 'r3' ? 1200 : 8 + Number(id.slice(1)));
const dataset = (v = 1) => IDS.flatMap((id) => recordQuads(id, size(id), v));
const snapshot = (id: string, v: number): string => recordQuads(id, size(id), v).map(line).sort().join('\n');
const isCount = (s: Seen): boolean => s.sparql?.startsWith('SELECT') ?? false;

function setup(intercept?: Intercept, store = new MemoryStore()) {
  const { fetch, seen } = memoryFetch(store, intercept);
  const run = (dir: string, o: Partial<PublishCommandOptions> = {}) =>
    publishCommand(dir, { endpoint: ENDPOINT, graphStore: GSP, env: {}, fetchImpl: fetch, sleep: noSleep, backoffBaseMs: 1, ...o });
  return { store, seen, run };
}

describe('publish through the Graph Store, several graphs at a time', () => {
  it('PUTs each graph once, at most `concurrency` at a time, and reads the counts back a batch at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const slow: Intercept = async (req) => {
      if (req.method !== 'PUT') return undefined;
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return undefined;
    };
    const { store, seen, run } = setup(slow);
    const r = await run(datasetDir(dataset()), { concurrency: 3, verifyBatch: { graphs: 5, triples: 100_000 } });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(IDS.every((id) => store.snapshot(recordGraph(id)) === snapshot(id, 1))).toBe(true);
    expect(most).toBe(3);
    expect(seen.filter((s) => s.method === 'PUT')).toHaveLength(12);
    expect(seen.filter(isCount).map((s) => s.sparql?.match(/<[^>]+record\/r\d+>/g)?.length)).toEqual([5, 5, 2]);
    expect(r.stdout.split('\n').slice(0, 12).map((l) => /record\/(r\d+)>/.exec(l)?.[1])).toEqual([...IDS].sort()); // the file's order
    expect(r.stdout).toMatch(/12 graph\(s\) — 12 written, 0 unchanged, 0 failed; 1,351 triples in .*; 15 request\(s\)/);
  });

  it('a graph above the Graph Store chunk goes in pieces to its staging graph, then one MOVE: never seen half-written', async () => {
    const store = new MemoryStore();
    const seenStates = new Set<string | undefined>();
    const watch: Intercept = (req) => {
      if (req.method === 'POST' && req.sparql === undefined) store.post(req.url.searchParams.get('graph') ?? '', req.body);
      else if (req.sparql?.startsWith('MOVE')) store.update(req.sparql);
      else return undefined;
      seenStates.add(store.snapshot(recordGraph('r3')));
      return new Response('ok');
    };
    const dir = datasetDir(dataset(1));
    expect(exitCode((await setup(undefined, store).run(dir)).outcome)).toBe(0);
    rewrite(dir, dataset(2));
    const { seen, run } = setup(watch, store);
    const r = await run(dir, { profile: 'virtuoso', gspChunk: 100 });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(seen.filter((s) => s.method === 'POST' && s.sparql === undefined)).toHaveLength(12);
    expect(seen.filter((s) => s.sparql?.startsWith('MOVE'))).toHaveLength(1);
    expect(r.stdout).toMatch(/record\/r3>  1,200 triples \(Graph Store POSTs, staged \+ MOVE\)/);
    expect([...seenStates].every((state) => state === snapshot('r3', 1) || state === snapshot('r3', 2))).toBe(true);
    expect(seenStates.has(snapshot('r3', 2))).toBe(true);
    expect(IDS.every((id) => store.snapshot(recordGraph(id)) === snapshot(id, 2))).toBe(true);
    expect([...store.graphs.keys()].some((g) => g.startsWith('urn:lodscribe:staging'))).toBe(false);
  });

  it('a 413 on a piece falls back to staged Update for that graph', async () => {
    const tooBig: Intercept = (req) => (req.method === 'POST' && req.sparql === undefined ? new Response('too big', { status: 413 }) : undefined);
    const { store, run } = setup(tooBig);
    const r = await run(datasetDir(dataset()), { gspChunk: 100 });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).toMatch(/record\/r3>  1,200 triples \(Update, staged \+ MOVE\)/);
    expect(store.snapshot(recordGraph('r3'))).toBe(snapshot('r3', 1));
  });
});

describe('read-back after the fast path', () => {
  it('catches a graph the store kept only half of', async () => {
    const store = new MemoryStore();
    const half: Intercept = (req) => {
      if (req.method !== 'PUT' || !req.url.search.includes('r5')) return undefined;
      const lines = req.body.trim().split('\n');
      store.put(req.url.searchParams.get('graph') ?? '', `${lines.slice(0, Math.ceil(lines.length / 2)).join('\n')}\n`);
      return new Response('ok', { status: 201 });
    };
    const r = await setup(half, store).run(datasetDir(dataset()));
    expect(exitCode(r.outcome)).toBe(1);
    expect(r.stdout).toMatch(/11 written, 0 unchanged, 1 failed/);
    expect(r.stderr).toMatch(/record\/r5>: publish: error verification failed: the store holds 7 triples, the file has 13; the store's graph holds either/);
  });

  it('a store that cannot answer the batched count gets one COUNT per graph', async () => {
    const noValues: Intercept = (req) => (req.sparql?.includes('FROM NAMED') ? new Response('no FROM NAMED here', { status: 400 }) : undefined);
    const { seen, run } = setup(noValues);
    const r = await run(datasetDir(dataset()));
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(seen.filter((s) => isCount(s) && !s.sparql?.includes('FROM NAMED'))).toHaveLength(12);
  });
});

describe('the first pass of the fast path', () => {
  it('a syntax error, a split graph or a blank node graph name anywhere sends nothing and names the line', async () => {
    const cases: [string, RegExp][] = [
      [`<${BASE}x> <${BASE}y> "unterminated <${recordGraph('r1')}> .\n`, /line 1352: .*nothing was published/],
      [`<${BASE}x> <${BASE}y> "z" <${recordGraph('r0')}> .\n`, /record\/r0> are not together in the file.*nothing was published/],
      [`<${BASE}x> <${BASE}y> "z" _:g .\n`, /a blank node graph name .*nothing was published/],
    ];
    for (const [bad, message] of cases) {
      const { seen, run } = setup();
      const dir = datasetDir(dataset());
      appendFileSync(`${dir}/dataset.nq`, bad);
      const r = await run(dir);
      expect(exitCode(r.outcome)).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(seen).toEqual([]);
    }
  });

  it('a graph with an IRI SPARQL cannot carry fails alone; the default graph is counted, not sent', async () => {
    const { store, seen, run } = setup();
    const dir = datasetDir(dataset());
    appendFileSync(`${dir}/dataset.nq`, `<${BASE}bad%zz> <${BASE}y> "z" <${BASE}graph/record/zz> .\n<${BASE}x> <${BASE}y> "z" .\n`);
    const r = await run(dir);
    expect(r.stdout).toMatch(/12 written, 0 unchanged, 1 failed/);
    expect(r.stdout).toContain('note: 1 triple(s) in the default graph were not published');
    expect(r.stderr).toMatch(/record\/zz>: publish: error cannot be sent: Invalid IRI .*left as it was/);
    expect(seen.some((s) => s.body.includes('zz'))).toBe(false);
    expect(store.graphs.has(`${BASE}graph/record/zz`)).toBe(false);
  });
});
