// The publish stage: every named graph of an output's dataset.nq to a triple store, compared, written, verified.
import { isAbsolute, join } from 'node:path';
import type { Credentials } from '../store/auth.js';
import { canonicalLines, difference, type Difference } from '../store/canonical.js';
import { publishBulk, type BulkOptions } from '../store/bulk.js';
import { StoreClient, type ClientOptions } from '../store/client.js';
import { DatasetError, readGraphs, type DatasetSummary, type GraphData } from '../store/dataset.js';
import { PROFILES, isProfileName, type ProfileName, type StoreProfile, type StoreUrls, type WriteMethod } from '../store/profiles.js';
import { countGraph, storedLines } from '../store/read-back.js';
import { tripleText } from '../store/sparql.js';
import { GraphWriteError, matches, writeGraph, type Expected, type Kept, type WriteContext } from '../store/write.js';

export interface PublishOptions extends Pick<ClientOptions, 'fetchImpl' | 'timeoutMs' | 'retries' | 'backoffBaseMs' | 'maxRetryAfterMs' | 'sleep' | 'random'> {
  /** The SPARQL endpoint (query, and update unless the profile says otherwise). */
  endpoint: string;
  graphStore?: string;
  profile?: ProfileName;
  /** Force Update (or the Graph Store) instead of the profile's choice. */
  method?: WriteMethod;
  dryRun?: boolean;
  changedOnly?: boolean;
  /**
   * A folder the store reads files from (Virtuoso: listed in its DirsAllowed, on the same machine): new graphs are
   * written there as N-Quads files and LOADed by the store, many graphs per request.
   */
  loadDir?: string;
  credentials?: Credentials;
  now?: () => number;
  /** Called once the first pass has checked the whole file, with the number of named graphs to publish (for progress). */
  onStart?: (graphs: number) => void;
  /** Called as each graph is done (for progress output). */
  onGraph?: (report: GraphReport) => void;
}

export type GraphState = 'new' | 'changed' | 'unchanged';

export interface GraphReport {
  graph: string;
  /** Distinct triples in the file. */
  triples: number;
  /** `compared`: a dry run looked and wrote nothing. */
  action: 'written' | 'unchanged' | 'failed' | 'compared';
  state?: GraphState;
  diff?: Difference;
  method?: WriteMethod;
  reason?: string;
  /** After a failure: what the store's graph holds. */
  kept?: Kept;
}

export interface PublishResult {
  graphs: GraphReport[];
  written: number;
  unchanged: number;
  failed: number;
  triplesWritten: number;
  defaultGraphTriples: number;
  requests: number;
  ms: number;
  profile: ProfileName;
  urls: StoreUrls;
  dryRun: boolean;
  /** Why the dataset could not be read (a syntax error, a graph split over the file): then nothing was sent. */
  datasetError?: string;
  /** Why a LOAD of a file failed (`--load-dir`; the first such): its graphs and all after them went the usual way. */
  loadFailure?: string;
}

/** Options that cannot work (bad URL, unknown profile, no Graph Store for --method gsp): exit code 2. */
export class PublishUsageError extends Error {
  override readonly name = 'PublishUsageError';
}

function storeUrl(text: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PublishUsageError(`${what} is not a URL`);
  }
  if (url.username || url.password) throw new PublishUsageError(`${what} holds credentials; give them in LODSCRIBE_STORE_USER / LODSCRIBE_STORE_PASSWORD, LODSCRIBE_STORE_TOKEN or --auth-file instead`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PublishUsageError(`${what} must be an http: or https: URL`);
  return url;
}

/** The profile, endpoints and write method the options ask for; throws PublishUsageError. */
export function resolveTarget(o: Pick<PublishOptions, 'endpoint' | 'graphStore' | 'profile' | 'method' | 'loadDir' | 'dryRun' | 'changedOnly'>): { profile: StoreProfile; urls: StoreUrls; method: WriteMethod } {
  const name = o.profile ?? 'generic';
  if (!isProfileName(name)) throw new PublishUsageError(`unknown store profile "${String(name)}" (virtuoso, fuseki, graphdb, oxigraph or generic)`);
  if (!o.endpoint) throw new PublishUsageError('--endpoint <sparql-url> is required');
  if (o.method !== undefined && o.method !== 'gsp' && o.method !== 'update') throw new PublishUsageError(`unknown write method "${String(o.method)}" (gsp or update)`);
  const profile = PROFILES[name];
  const urls = profile.urls(storeUrl(o.endpoint, 'the --endpoint URL'), o.graphStore ? storeUrl(o.graphStore, 'the --graph-store URL') : undefined);
  if (o.method === 'gsp' && !urls.graphStore) throw new PublishUsageError(`the ${name} profile has no Graph Store endpoint: give --graph-store <url>`);
  if (o.loadDir !== undefined) loadDirUsable(o, name);
  return { profile, urls, method: o.method ?? (urls.graphStore ? 'gsp' : 'update') };
}

/** --load-dir works with Virtuoso (LOAD of a file: IRI), for writes (not compares), beside its Graph Store. */
function loadDirUsable(o: Pick<PublishOptions, 'loadDir' | 'dryRun' | 'changedOnly' | 'method'>, name: ProfileName): void {
  if (name !== 'virtuoso') throw new PublishUsageError('--load-dir needs --profile virtuoso (a store that LOADs N-Quads files from a folder it is allowed to read)');
  if (o.dryRun || o.changedOnly || o.method === 'update') throw new PublishUsageError('--load-dir cannot be combined with --dry-run, --changed-only or --method update');
  if (!isAbsolute(o.loadDir ?? '')) throw new PublishUsageError('--load-dir must be an absolute path: the store reads the files by that path');
}

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

/**
 * Publishes every named graph of `<outDir>/dataset.nq`; never throws for a store failure (it is a failed graph).
 * Writing through the Graph Store goes the fast way (checked first, several graphs in flight, counts read back in
 * batches); dry runs, --changed-only (which read every graph back) and SPARQL Update go one graph at a time.
 */
export function publishDataset(outDir: string, o: BulkOptions): Promise<PublishResult> {
  const target = resolveTarget(o);
  return !o.dryRun && !o.changedOnly && target.method === 'gsp' ? publishBulk(outDir, o, target) : publishEach(outDir, o);
}

/** One graph at a time: compared first when asked, written, its count read back. */
export async function publishEach(outDir: string, o: PublishOptions): Promise<PublishResult> {
  const now = o.now ?? Date.now;
  const started = now();
  const { profile, urls, method } = resolveTarget(o);
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
