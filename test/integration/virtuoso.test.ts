// lodscribe publish against a real Virtuoso 7 (scripts/virtuoso.sh): read back through Comunica, re-publish, Digest auth.
import { QueryEngine } from '@comunica/query-sparql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishCommand, type PublishCommandOptions } from '../../src/commands/publish.js';
import { exitCode } from '../../src/exit.js';
import type { Quad } from '../../src/rdf/factory.js';
import { canonicalLines } from '../../src/store/canonical.js';
import { readGraphs, type GraphData } from '../../src/store/dataset.js';
import { datasetDir } from '../store/helpers.js';
import { handMadeDataset, TRIPLES_IN_BIG_GRAPH } from './dataset.js';
import { AUTH_ENDPOINT, AUTH_FILE, ENDPOINT, expectVirtuosoAnswers } from './store.js';

const engine = new QueryEngine();

beforeAll(expectVirtuosoAnswers);

async function fileGraphs(dir: string): Promise<GraphData[]> {
  const out: GraphData[] = [];
  for await (const g of readGraphs(join(dir, 'dataset.nq'))) out.push(g);
  return out;
}

/** The graph as Comunica reads it from the store (the store as a SPARQL endpoint source). */
async function viaComunica(graph: string, endpoint = ENDPOINT): Promise<Quad[]> {
  const stream = await engine.queryQuads(`CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`, { sources: [{ type: 'sparql', value: endpoint }] });
  return (await stream.toArray()) as Quad[];
}

async function countViaComunica(graph: string): Promise<number> {
  const stream = await engine.queryBindings(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`, { sources: [{ type: 'sparql', value: ENDPOINT }] });
  const [row] = await stream.toArray();
  return Number(row?.get('n')?.value);
}

/** Every graph of the file equals what the store gives back, compared by value (Virtuoso normalises literals). */
async function expectStoreHolds(dir: string, endpoint = ENDPOINT): Promise<void> {
  for (const g of await fileGraphs(dir)) {
    expect(canonicalLines(await viaComunica(g.graph, endpoint)), g.graph).toEqual(canonicalLines(g.quads));
  }
}

const publish = (dir: string, o: Partial<PublishCommandOptions> = {}) => publishCommand(dir, { endpoint: ENDPOINT, profile: 'virtuoso', env: {}, timeoutMs: 60_000, ...o });

describe('publish to Virtuoso with the Graph Store Protocol (the virtuoso profile default)', () => {
  const dir = datasetDir(handMadeDataset('gsp'));

  it('publishes every graph and Comunica reads back exactly the file', async () => {
    const r = await publish(dir);
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).toMatch(/6 graph\(s\) — 6 written, 0 unchanged, 0 failed/);
    expect(r.stdout).toContain('(Graph Store PUT)');
    await expectStoreHolds(dir);
  });

  it('re-publishing doubles nothing; --dry-run then says unchanged and --changed-only writes nothing', async () => {
    const graphs = await fileGraphs(dir);
    const big = graphs.find((g) => g.quads.length === TRIPLES_IN_BIG_GRAPH);
    expect(big).toBeDefined();
    expect(exitCode((await publish(dir)).outcome)).toBe(0);
    expect(await countViaComunica(big?.graph ?? '')).toBe(TRIPLES_IN_BIG_GRAPH);
    const dry = await publish(dir, { dryRun: true });
    expect(dry.stdout, dry.stderr).toMatch(/0 new, 0 changed, 6 unchanged, 0 failed; nothing written/);
    const changed = await publish(dir, { changedOnly: true });
    expect(changed.stdout).toMatch(/0 written, 6 unchanged, 0 failed/);
  });
});

describe('publish to Virtuoso with SPARQL Update (staging graph, chunks, MOVE)', () => {
  const dir = datasetDir(handMadeDataset('update'));

  it('chunks the big graph below 1,000 triples, writes durations with BIND, and reads back the file', async () => {
    const r = await publish(dir, { method: 'update' });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).toContain(`${TRIPLES_IN_BIG_GRAPH.toLocaleString('en-US')} triples (Update, staged + MOVE)`);
    await expectStoreHolds(dir);
    expect(exitCode((await publish(dir, { method: 'update' })).outcome)).toBe(0);
    expect((await publish(dir, { dryRun: true })).stdout).toMatch(/6 unchanged/);
  });
});

describe('publish to Virtuoso\'s authenticated endpoint (/sparql-auth, HTTP Digest)', () => {
  const dir = datasetDir(handMadeDataset('auth'));
  const auth = (): { user: string; password: string } => JSON.parse(readFileSync(AUTH_FILE, 'utf8')) as { user: string; password: string };

  it('with --auth-file, through the Graph Store behind Digest', async () => {
    const r = await publish(dir, { endpoint: AUTH_ENDPOINT, authFile: AUTH_FILE });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    expect(r.stdout).toContain('(Graph Store PUT)');
    await expectStoreHolds(dir);
  });

  it('with LODSCRIBE_STORE_USER / _PASSWORD, through Update behind Digest', async () => {
    const { user, password } = auth();
    const r = await publish(dir, { endpoint: AUTH_ENDPOINT, method: 'update', env: { LODSCRIBE_STORE_USER: user, LODSCRIBE_STORE_PASSWORD: password } });
    expect(exitCode(r.outcome), r.stderr).toBe(0);
    await expectStoreHolds(dir);
  });

  it('a wrong password fails every graph with 401, unretried, and never prints the password', async () => {
    const wrong = join(dir, 'wrong-auth.json');
    writeFileSync(wrong, JSON.stringify({ user: auth().user, password: 'not-the-password-42', scheme: 'digest' }), { mode: 0o600 });
    const r = await publish(dir, { endpoint: AUTH_ENDPOINT, authFile: wrong });
    expect(exitCode(r.outcome)).toBe(1);
    expect(r.stdout).toMatch(/0 written, 0 unchanged, 6 failed; 0 triples in .*; \d+ request\(s\)/);
    // At most a challenge and one answer per graph (graphs go four at a time, so some find the challenge answered).
    expect(Number(/(\d+) request\(s\)/.exec(r.stdout)?.[1])).toBeLessThanOrEqual(12);
    expect(r.stderr).toMatch(/HTTP 401: the store refused access/);
    expect(r.stdout + r.stderr).not.toContain('not-the-password-42');
  });

  it('without credentials the authenticated endpoint refuses, with a hint', async () => {
    const r = await publish(dir, { endpoint: AUTH_ENDPOINT });
    expect(exitCode(r.outcome)).toBe(1);
    expect(r.stderr).toMatch(/no credentials given/);
  });
});
