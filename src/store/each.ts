// `publish` one graph at a time (dry runs, --changed-only, SPARQL Update): compared when asked, written, counted back.
import { join } from 'node:path';
import type { GraphReport, GraphState, PublishOptions, PublishResult } from '../stages/store.js';
import type { Target } from './bulk.js';
import { canonicalLines, difference, type Difference } from './canonical.js';
import { StoreClient } from './client.js';
import { DatasetError, readGraphs, type DatasetSummary, type GraphData } from './dataset.js';
import { countGraph, storedLines } from './read-back.js';
import { tripleText } from './sparql.js';
import { GraphWriteError, matches, writeGraph, type Expected, type WriteContext } from './write.js';

interface Run { ctx: WriteContext; o: PublishOptions }

/** The graph's distinct triple count, exactly and by value: a store may keep either (Virtuoso compares values). */
function expectedCounts(data: GraphData): Expected & { lines: string[] } {
  const lines = canonicalLines(data.quads);
  return { exact: new Set(data.quads.map(tripleText)).size, byValue: lines.length, lines };
}

async function compare(run: Run, data: GraphData, lines: string[]): Promise<{ state: GraphState; diff: Difference }> {
  const stored = await storedLines(run.ctx.client, data.graph);
  const diff = difference(stored, lines);
  const state: GraphState = stored.length === 0 ? 'new' : diff.added === 0 && diff.removed === 0 ? 'unchanged' : 'changed';
  return { state, diff };
}

async function publishGraph(run: Run, data: GraphData): Promise<GraphReport> {
  let counted: ReturnType<typeof expectedCounts>;
  try {
    counted = expectedCounts(data);
  } catch (e) {
    return { graph: data.graph, triples: data.quads.length, action: 'failed', reason: `cannot be sent: ${(e as Error).message}`, kept: 'previous' };
  }
  const { lines, ...expected } = counted;
  const base: GraphReport = { graph: data.graph, triples: expected.byValue, action: 'failed' };
  if (run.o.dryRun || run.o.changedOnly) {
    try {
      Object.assign(base, await compare(run, data, lines));
    } catch (e) {
      return { ...base, reason: `reading the store's graph failed: ${(e as Error).message}`, kept: 'previous' };
    }
    if (run.o.dryRun) return { ...base, action: 'compared' };
    if (base.state === 'unchanged') return { ...base, action: 'unchanged' };
  }
  try {
    base.method = await writeGraph(run.ctx, data.graph, data.quads, expected);
  } catch (e) {
    const kept = e instanceof GraphWriteError ? e.kept : 'unknown';
    return { ...base, reason: (e as Error).message, kept };
  }
  return verify(run, base, expected);
}

async function verify(run: Run, report: GraphReport, expected: Expected): Promise<GraphReport> {
  let n: number;
  try {
    n = await countGraph(run.ctx.client, report.graph);
  } catch (e) {
    return { ...report, reason: `written, but its triple count could not be read back: ${(e as Error).message}`, kept: 'unknown' };
  }
  if (!matches(n, expected)) {
    return { ...report, reason: `verification failed: the store holds ${n} triples, the file has ${expected.byValue}`, kept: 'unknown' };
  }
  return { ...report, action: 'written' };
}

/** Each graph in turn, after a first pass has checked the whole file (so no graph is sent from a broken dataset). */
async function publishAll(run: Run, file: string, summary: DatasetSummary): Promise<{ graphs: GraphReport[]; datasetError?: string }> {
  let total = 0;
  try {
    for await (const data of readGraphs(file, summary)) {
      data.quads.length = 0;
      total++;
    }
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    return { graphs: [], datasetError: e.message };
  }
  run.o.onStart?.(total);
  const graphs: GraphReport[] = [];
  for await (const data of readGraphs(file)) {
    const report = await publishGraph(run, data).catch((e: unknown): GraphReport => ({ graph: data.graph, triples: data.quads.length, action: 'failed', reason: (e as Error).message, kept: 'unknown' }));
    graphs.push(report);
    run.o.onGraph?.(report);
  }
  return { graphs };
}

/** One graph at a time: compared first when asked, written, its count read back. */
export async function publishOneByOne(outDir: string, o: PublishOptions, target: Target): Promise<PublishResult> {
  const now = o.now ?? Date.now;
  const started = now();
  const { profile, urls, method } = target;
  const client = new StoreClient({ ...o, urls, profile, credentials: o.credentials ?? { kind: 'none' } });
  const summary: DatasetSummary = { defaultGraphTriples: 0 };
  const { graphs, datasetError } = await publishAll({ ctx: { client, profile, method }, o }, join(outDir, 'dataset.nq'), summary);
  const count = (a: GraphReport['action']): number => graphs.filter((g) => g.action === a).length;
  const triplesWritten = graphs.filter((g) => g.action === 'written').reduce((n, g) => n + g.triples, 0);
  return {
    graphs, written: count('written'), unchanged: count('unchanged'), failed: count('failed'), triplesWritten,
    defaultGraphTriples: summary.defaultGraphTriples, requests: client.requests, ms: now() - started,
    profile: profile.name, urls, dryRun: o.dryRun ?? false, ...(datasetError !== undefined ? { datasetError } : {}),
  };
}
