// `publish` at speed: dataset.nq → the store, checked first, several graphs in flight, counts read back in batches.
import { join } from 'node:path';
import type { GraphReport, PublishOptions, PublishResult } from '../stages/store.js';
import { StoreClient } from './client.js';
import { DatasetError, readGraphs, type DatasetSummary, type GraphData } from './dataset.js';
import { parseLines } from './nquads.js';
import { prepareGraph, type PreparedGraph } from './prepare.js';
import type { StoreProfile, StoreUrls, WriteMethod } from './profiles.js';
import { Flight } from './flight.js';
import { LoadFiles, type LoadLimits } from './load.js';
import { LoadQueue } from './load-queue.js';
import { checkDataset } from './scan.js';
import { BatchVerifier, type VerifierLimits } from './verify.js';
import { GraphWriteError, writeGraph, type WriteContext } from './write.js';

export interface BulkOptions extends PublishOptions {
  /** Graphs written at the same time (default: the profile's `writers`). */
  concurrency?: number;
  /** Overrides the profile's triples per Graph Store request (tests). */
  gspChunk?: number;
  /** Graphs and triples per read-back query. */
  verifyBatch?: VerifierLimits;
  /** Graphs and bytes per load file (with `loadDir`). */
  loadLimits?: LoadLimits;
}

export interface Target { profile: StoreProfile; urls: StoreUrls; method: WriteMethod }

interface Run { ctx: WriteContext; verifier: BatchVerifier; finish: (index: number, report: GraphReport) => void }

/** Writes one prepared graph; a written graph goes to the verifier, a failed one is reported at once. */
async function writeOne(run: Run, index: number, p: PreparedGraph): Promise<void> {
  const report: GraphReport = { graph: p.graph, triples: p.expected.byValue, action: 'failed' };
  try {
    report.method = await writeGraph(run.ctx, p.graph, p.quads, p.expected, p.bodies);
  } catch (e) {
    return run.finish(index, { ...report, reason: (e as Error).message, kept: e instanceof GraphWriteError ? e.kept : 'unknown' });
  }
  run.verifier.add({ index, report, expected: p.expected });
}

/** The graph's bodies and counts, or undefined after reporting it failed (a term that cannot be sent). */
function prepare(run: Run, index: number, data: GraphData): PreparedGraph | undefined {
  try {
    return prepareGraph(run.ctx.profile, data.graph, data.quads);
  } catch (e) {
    run.finish(index, { graph: data.graph, triples: data.quads.length, action: 'failed', reason: `cannot be sent: ${(e as Error).message}`, kept: 'previous' });
    return undefined;
  }
}

/**
 * Starts one graph's write. A graph in pieces goes alone, after the writes and reads before it: beside other writes,
 * Virtuoso 7 answered its MOVE with "Transaction deadlocked".
 */
async function dispatch(run: Run, flight: Flight, index: number, p: PreparedGraph): Promise<void> {
  if (p.bodies.length === 1) return flight.add(() => writeOne(run, index, p));
  await flight.idle();
  await run.verifier.idle();
  await writeOne(run, index, p);
}

/** The second pass: each graph prepared as it is read, written while the next ones are read and prepared. */
async function sendAll(run: Run, file: string, concurrency: number, o: Pick<BulkOptions, 'loadDir' | 'loadLimits'>, loadFailed: (reason: string) => void): Promise<void> {
  const flight = new Flight(Math.max(1, concurrency));
  const write = async (index: number, data: GraphData): Promise<void> => {
    const p = prepare(run, index, data);
    if (p) await dispatch(run, flight, index, p);
  };
  const queue = o.loadDir === undefined ? undefined : new LoadQueue({
    client: run.ctx.client, flight, verifier: run.verifier, files: new LoadFiles(o.loadDir), write, loadFailed, ...(o.loadLimits ? { limits: o.loadLimits } : {}),
  });
  let index = 0;
  try {
    for await (const data of readGraphs(file, undefined, parseLines)) await (queue ? queue.add(index++, data) : write(index++, data));
    await queue?.end();
  } finally {
    await flight.idle();
    await run.verifier.idle();
  }
}

/** Publishes every named graph of `<outDir>/dataset.nq` to `target`; never throws for a store failure. */
export async function publishBulk(outDir: string, o: BulkOptions, target: Target): Promise<PublishResult> {
  const now = o.now ?? Date.now;
  const started = now();
  const profile: StoreProfile = o.gspChunk === undefined ? target.profile : { ...target.profile, gspChunk: o.gspChunk };
  const client = new StoreClient({ ...o, urls: target.urls, profile, credentials: o.credentials ?? { kind: 'none' } });
  const summary: DatasetSummary = { defaultGraphTriples: 0 };
  const file = join(outDir, 'dataset.nq');
  const graphs: GraphReport[] = [];
  const finish = (index: number, report: GraphReport): void => {
    graphs[index] = report;
    o.onGraph?.(report);
  };
  let datasetError: string | undefined;
  let loadFailure: string | undefined;
  try {
    await checkDataset(file, summary);
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    datasetError = e.message;
  }
  if (datasetError === undefined) {
    o.onStart?.(summary.namedGraphs ?? 0);
    const ctx: WriteContext = { client, profile, method: target.method };
    await sendAll({ ctx, verifier: new BatchVerifier(client, finish, o.verifyBatch), finish }, file, o.concurrency ?? profile.writers, o, (reason) => {
      loadFailure ??= reason;
    });
  }
  const count = (a: GraphReport['action']): number => graphs.filter((g) => g.action === a).length;
  return {
    graphs, written: count('written'), unchanged: count('unchanged'), failed: count('failed'),
    triplesWritten: graphs.filter((g) => g.action === 'written').reduce((n, g) => n + g.triples, 0),
    defaultGraphTriples: summary.defaultGraphTriples, requests: client.requests, ms: now() - started,
    profile: profile.name, urls: target.urls, dryRun: false, ...(datasetError !== undefined ? { datasetError } : {}), ...(loadFailure !== undefined ? { loadFailure } : {}),
  };
}
