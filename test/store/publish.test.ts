// publishCommand over an in-memory store: writing, re-publishing, dry runs, --changed-only, chunking, 413, exit codes.
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { publishCommand, type PublishCommandOptions } from '../../src/commands/publish.js';
import { exitCode } from '../../src/exit.js';
import { canonicalLines } from '../../src/store/canonical.js';
import { PROFILES } from '../../src/store/profiles.js';
import { parseRdf } from '../../src/rdf/serialize.js';
import { datasetDir, noSleep, recordGraph, recordQuads, rewrite, BASE } from './helpers.js';
import { MemoryStore } from './memory-store.js';
import { memoryFetch, type Intercept } from './memory-fetch.js';

const ENDPOINT = 'http://store.test/sparql';
const GSP = 'http://store.test/store';
const dataset = (v = 1) => [...recordQuads('r1', 40, v), ...recordQuads('r2', 1200, v), ...recordQuads('r3', 5, 1)];

function setup(intercept?: Intercept, store = new MemoryStore()) {
  const { fetch, seen } = memoryFetch(store, intercept);
  const run = (dir: string, o: PublishCommandOptions = { endpoint: ENDPOINT }) => publishCommand(dir, { env: {}, fetchImpl: fetch, sleep: noSleep, backoffBaseMs: 1, ...o });
  return { store, seen, run };
}

/** The store's graph equals the file's graph, compared canonically. */
function holds(store: MemoryStore, id: string, v = 1, n?: number): boolean {
  const file = canonicalLines(recordQuads(id, n ?? { r1: 40, r2: 1200, r3: 5 }[id] ?? 0, v));
  const stored = canonicalLines(parseRdf([...(store.graphs.get(recordGraph(id)) ?? [])].join('\n'), 'n-triples'));
  return JSON.stringify(file) === JSON.stringify(stored);
}

describe('publish with SPARQL Update (generic profile)', () => {
  it('writes every graph through a staging graph in chunks, verifies, and summarises', async () => {
    const { store, seen, run } = setup();
    const r = await run(datasetDir(dataset()));
    expect(exitCode(r.outcome)).toBe(0);
    expect(['r1', 'r2', 'r3'].every((id) => holds(store, id))).toBe(true);
    expect([...store.graphs.keys()].filter((g) => g.startsWith('urn:lodscribe:staging'))).toEqual([]);
    const inserts = seen.filter((s) => s.sparql?.startsWith('INSERT DATA'));
    expect(inserts).toHaveLength(4); // r2's 1,200 triples take two chunks of at most 1,000
    expect(seen.filter((s) => s.sparql?.startsWith('MOVE GRAPH'))).toHaveLength(3);
    expect(r.stdout).toContain(`written    <${recordGraph('r2')}>  1,200 triples (Update, staged + MOVE)`);
    expect(r.stdout).toMatch(/3 graph\(s\) — 3 written, 0 unchanged, 0 failed; 1,245 triples in/);
  });

  it('re-publishing doubles nothing; a dry run then sees everything unchanged and writes nothing', async () => {
    const { store, seen, run } = setup();
    const dir = datasetDir(dataset());
    await run(dir);
    await run(dir);
    expect(store.graphs.get(recordGraph('r2'))?.size).toBe(1200);
    const before = seen.length;
    const dry = await run(dir, { endpoint: ENDPOINT, dryRun: true });
    expect(dry.stdout).toMatch(/unchanged +<.*r1>/);
    expect(dry.stdout).toMatch(/3 unchanged, 0 failed; nothing written/);
    expect(seen.slice(before).every((s) => s.sparql?.startsWith('CONSTRUCT'))).toBe(true);
  });

  it('--dry-run tells new, changed (+added −removed) and unchanged; --changed-only writes only those', async () => {
    const { store, seen, run } = setup();
    const dir = datasetDir(dataset(1));
    await run(dir);
    rewrite(dir, [...recordQuads('r1', 40, 2), ...recordQuads('r2', 1200, 1), ...recordQuads('r3', 5, 1), ...recordQuads('r4', 6, 1)]);
    const dry = await run(dir, { endpoint: ENDPOINT, dryRun: true });
    expect(dry.stdout).toMatch(/changed +<.*record\/r1>  40 triples, \+37 −37/);
    expect(dry.stdout).toMatch(/new +<.*record\/r4>/);
    expect(dry.stdout).toMatch(/1 new, 1 changed, 2 unchanged/);
    expect(store.graphs.has(recordGraph('r4'))).toBe(false);
    const before = seen.length;
    const r = await run(dir, { endpoint: ENDPOINT, changedOnly: true });
    expect(r.stdout).toMatch(/2 written, 2 unchanged, 0 failed/);
    const moved = seen.slice(before).filter((s) => s.sparql?.startsWith('MOVE')).map((s) => s.sparql);
    expect(moved).toEqual([expect.stringContaining('record/r1>'), expect.stringContaining('record/r4>')]);
    expect(holds(store, 'r1', 2) && holds(store, 'r4', 1, 6)).toBe(true);
  });

  it('a 413 splits the chunk in halves until the store takes it', async () => {
    const tooBig: Intercept = (req) => ((req.sparql?.startsWith('INSERT DATA') && (req.sparql.match(/ \.\n/g)?.length ?? 0) > 150) ? new Response('too big', { status: 413 }) : undefined);
    const { store, seen, run } = setup(tooBig);
    const r = await run(datasetDir(dataset()));
    expect(exitCode(r.outcome)).toBe(0);
    expect(holds(store, 'r2')).toBe(true);
    const accepted = seen.filter((s, i) => s.sparql?.startsWith('INSERT DATA') && !(seen[i] && (s.sparql.match(/ \.\n/g)?.length ?? 0) > 150));
    expect(accepted.length).toBeGreaterThanOrEqual(8); // 1,200 triples in pieces of at most 150
  });

  it('a failure midway leaves the previous graph as it was, drops the staging graph and exits 1', async () => {
    let inserts = 0;
    const failSecondChunk: Intercept = (req) => (req.sparql?.startsWith('INSERT DATA') && ++inserts >= 2 ? new Response('boom', { status: 500 }) : undefined);
    const store = new MemoryStore();
    await setup(undefined, store).run(datasetDir(dataset(1)));
    const previous = store.snapshot(recordGraph('r2'));
    const { run } = setup(failSecondChunk, store);
    const r = await run(datasetDir(dataset(2)), { endpoint: ENDPOINT, retries: 2 });
    expect(exitCode(r.outcome)).toBe(1);
    expect(store.snapshot(recordGraph('r2'))).toBe(previous);
    expect([...store.graphs.keys()].some((g) => g.startsWith('urn:lodscribe:staging'))).toBe(false);
    expect(r.stderr).toMatch(/record\/r2>: publish: error .*HTTP 500.*the store's graph was left as it was/);
  });

  it('a MOVE whose answer is lost is not resent once the counts show it took effect', async () => {
    const store = new MemoryStore();
    const lostAnswer: Intercept = (req) => {
      if (!req.sparql?.startsWith('MOVE')) return undefined;
      store.update(req.sparql);
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    };
    const { seen, run } = setup(lostAnswer, store);
    const r = await run(datasetDir(dataset()));
    expect(exitCode(r.outcome)).toBe(0);
    expect(seen.filter((s) => s.sparql?.startsWith('MOVE'))).toHaveLength(3);
    expect(['r1', 'r2', 'r3'].every((id) => holds(store, id))).toBe(true);
  });
});

describe('publish with the Graph Store Protocol', () => {
  it('PUTs each graph once; a 413 falls back to staged, chunked updates', async () => {
    const tooBig: Intercept = (req) => (req.method === 'PUT' && req.body.length > 50_000 ? new Response('too big', { status: 413 }) : undefined);
    const { store, seen, run } = setup(tooBig);
    const r = await run(datasetDir(dataset()), { endpoint: ENDPOINT, graphStore: GSP });
    expect(exitCode(r.outcome)).toBe(0);
    expect(['r1', 'r2', 'r3'].every((id) => holds(store, id))).toBe(true);
    expect(r.stdout).toMatch(/written +<.*r1>  40 triples \(Graph Store PUT\)/);
    expect(r.stdout).toMatch(/written +<.*r2>  1,200 triples \(Update, staged \+ MOVE\)/);
    expect(seen.filter((s) => s.method === 'PUT')).toHaveLength(3);
  });
});

describe('the Virtuoso profile offline', () => {
  it('chunks below 1,000 triples and writes durations with BIND(STRDT(…))', async () => {
    const { store, seen, run } = setup();
    const r = await run(datasetDir(dataset()), { endpoint: ENDPOINT, profile: 'virtuoso', method: 'update' });
    expect(exitCode(r.outcome)).toBe(0);
    const inserts = seen.filter((s) => s.sparql?.startsWith('INSERT'));
    expect(Math.max(...inserts.map((s) => s.sparql?.match(/ \.\n/g)?.length ?? 0))).toBeLessThanOrEqual(PROFILES.virtuoso.chunkSize);
    expect(inserts.filter((s) => s.sparql?.includes('STRDT("PT2H"'))).toHaveLength(3);
    expect(inserts.some((s) => s.sparql?.startsWith('INSERT DATA') && s.sparql.includes('"PT2H"'))).toBe(false);
    expect(seen.every((s) => s.headers.get('content-type') !== 'application/sparql-query')).toBe(true);
    expect(['r1', 'r2', 'r3'].every((id) => holds(store, id))).toBe(true);
  });
});

describe('exit codes and messages', () => {
  it('2 for bad usage, 1 for a missing or broken dataset, 3 for a crash', async () => {
    const { run } = setup();
    const dir = datasetDir(dataset());
    expect(exitCode((await run(dir, {})).outcome)).toBe(2);
    expect(exitCode((await run(dir, { endpoint: ENDPOINT, profile: 'nope' })).outcome)).toBe(2);
    expect(exitCode((await run('/no/such/dir', { endpoint: ENDPOINT })).outcome)).toBe(1);
    const crash = await run(dir, { endpoint: ENDPOINT, now: () => { throw new Error('clock broke'); } });
    expect(exitCode(crash.outcome)).toBe(3);
    expect(crash.stderr).toMatch(/crash: Error: clock broke/);
  });

  it('401 without credentials fails the graph at once with a hint, and is not retried', async () => {
    const { seen, run } = setup(() => new Response('no', { status: 401 }));
    const r = await run(datasetDir(recordQuads('r1', 10)), { endpoint: ENDPOINT });
    expect(exitCode(r.outcome)).toBe(1);
    expect(seen).toHaveLength(1);
    expect(r.stderr).toMatch(/HTTP 401: the store refused access \(no credentials given: set LODSCRIBE_STORE_USER/);
  });

  it('a store that refuses connections fails the first graphs after their retries and sends nothing for the rest', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve)); // nothing listens on `port` now
    const endpoint = `http://127.0.0.1:${port}/sparql`;
    const ids = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const dir = datasetDir(ids.flatMap((id) => recordQuads(id, 3)));
    for (const o of [{ endpoint, profile: 'virtuoso' }, { endpoint, method: 'update' }] as const) {
      const r = await publishCommand(dir, { env: {}, sleep: noSleep, backoffBaseMs: 1, retries: 2, ...o });
      expect(exitCode(r.outcome)).toBe(1);
      expect(r.stdout).toMatch(/0 written, 0 unchanged, 12 failed/);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(12);
      expect(lines.filter((l) => l.includes('connection failed (ECONNREFUSED) (after 3 attempts)')).length).toBeGreaterThan(0);
      const unsent = lines.filter((l) => l.includes('not sent: an earlier request could not connect to the store on any attempt (ECONNREFUSED); is it running?'));
      expect(unsent.length, o.profile ?? o.method).toBeGreaterThanOrEqual(6);
      expect(Number(/(\d+) request\(s\)/.exec(r.stdout)?.[1])).toBeLessThanOrEqual(3 * (12 - unsent.length));
    }
  });

  it('a dataset that breaks anywhere (syntax, a graph split over the file) sends nothing, and names the line', async () => {
    const { seen, run } = setup();
    const dir = datasetDir([...recordQuads('r1', 10), ...recordQuads('r2', 5)]);
    const { appendFileSync } = await import('node:fs');
    appendFileSync(`${dir}/dataset.nq`, `<${BASE}x> <${BASE}y> "unterminated <${recordGraph('r2')}> .\n`);
    const r = await run(dir);
    expect(exitCode(r.outcome)).toBe(1);
    expect(seen).toEqual([]);
    expect(r.stderr).toMatch(/dataset\.nq: publish: error line 16: .*nothing was published/);
    rewrite(dir, recordQuads('r1', 10));
    appendFileSync(`${dir}/dataset.nq`, `<${BASE}x> <${BASE}y> "z" <${BASE}graph/entities> .\n<${BASE}x> <${BASE}y> "z" <${recordGraph('r1')}> .\n`);
    const split = await run(dir);
    expect(split.stderr).toMatch(/graph\/record\/r1> are not together in the file.*nothing was published/);
    expect(seen).toEqual([]);
  });

  it('a graph with an IRI SPARQL cannot carry fails alone, before anything is sent', async () => {
    const { seen, run } = setup();
    const dir = datasetDir(recordQuads('r1', 3));
    const { appendFileSync } = await import('node:fs');
    appendFileSync(`${dir}/dataset.nq`, `<${BASE}bad%zz> <${BASE}y> "z" <${BASE}graph/record/zz> .\n`);
    const r = await run(dir);
    expect(exitCode(r.outcome)).toBe(1);
    expect(r.stdout).toMatch(/1 written, 0 unchanged, 1 failed/);
    expect(r.stderr).toMatch(/record\/zz>: publish: error cannot be sent: Invalid IRI .*'%' not followed by two hex digits.*left as it was/);
    expect(seen.some((s) => s.body.includes('zz'))).toBe(false);
  });

  it('mints nothing for the default graph and says so', async () => {
    const { run } = setup();
    const dir = datasetDir(recordQuads('r1', 10));
    const { appendFileSync } = await import('node:fs');
    appendFileSync(`${dir}/dataset.nq`, `<${BASE}x> <${BASE}y> "z" .\n`);
    const r = await run(dir);
    expect(r.stdout).toContain('note: 1 triple(s) in the default graph were not published');
  });
});
