// The publish stage: every named graph of an output's dataset.nq to a triple store, compared, written, verified.
import { isAbsolute } from 'node:path';
import type { Credentials } from '../store/auth.js';
import type { Difference } from '../store/canonical.js';
import { publishBulk, type BulkOptions } from '../store/bulk.js';
import type { ClientOptions } from '../store/client.js';
import { publishOneByOne } from '../store/each.js';
import { PROFILES, isProfileName, type ProfileName, type StoreProfile, type StoreUrls, type WriteMethod } from '../store/profiles.js';
import type { Kept } from '../store/write.js';

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

/**
 * Publishes every named graph of `<outDir>/dataset.nq`; never throws for a store failure (it is a failed graph).
 * Writing through the Graph Store goes the fast way (checked first, several graphs in flight, counts read back in
 * batches); dry runs, --changed-only (which read every graph back) and SPARQL Update go one graph at a time.
 */
export function publishDataset(outDir: string, o: BulkOptions): Promise<PublishResult> {
  const target = resolveTarget(o);
  return !o.dryRun && !o.changedOnly && target.method === 'gsp' ? publishBulk(outDir, o, target) : publishOneByOne(outDir, o, target);
}

/** One graph at a time: compared first when asked, written, its count read back. */
export function publishEach(outDir: string, o: PublishOptions): Promise<PublishResult> {
  return publishOneByOne(outDir, o, resolveTarget(o));
}
