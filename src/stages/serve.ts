// Serve stage: the output's dataset over HTTP — a read-only SPARQL endpoint, dereferenceable IRIs, HTML pages — all
// answered by worker threads that each hold the dataset in an embedded store.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseQuery } from '../rdf/comunica.js';
import { baseOf } from '../serve/data.js';
import { PathMap } from '../serve/paths.js';
import { QueryPool, type LoadProgress, type WorkerSpec } from '../serve/query-pool.js';
import { createHandler } from '../serve/router.js';

export interface ServeOptions {
  /** The output folder (its dataset.nq and void.ttl). */
  outDir: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The base IRI whose IRIs are served (default: void.ttl's void:uriSpace, else https://w3id.org/lodscribe/). */
  base?: string;
  /** Hosts a query may call with SERVICE (`query.wikidata.org`, `127.0.0.1:7200`); none by default. */
  allowServices?: readonly string[];
  /** Query time limit in ms (default 10,000): the query's worker is terminated when it runs out. */
  timeoutMs?: number;
  /** Most solutions or triples a result may have (default 10,000); more is refused with 422. */
  maxRows?: number;
  /** Most bytes a written result may have (default 16 MiB); more is refused with 422. */
  maxBytes?: number;
  /** Worker threads (default 2), each with its own copy of the dataset, answering queries and pages. */
  workers?: number;
  /** The worker script (tests run the TypeScript source through a loader). */
  worker?: WorkerSpec;
  /** Where server errors are reported (default: nowhere). */
  log?: (line: string) => void;
  /** Told how far the workers' stores have loaded the dataset, at most about four times a second (for progress). */
  onLoad?: (p: LoadProgress) => void;
}

export interface ServeHandle { url: string; host: string; port: number; base: string; close(): Promise<void> }

export const SERVE_DEFAULTS = { port: 8080, host: '127.0.0.1', timeoutMs: 10_000, maxRows: 10_000, maxBytes: 16 * 1024 * 1024, workers: 2 } as const;

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Loads the dataset, starts the query workers and listens; resolves once the server accepts connections. */
export async function startServer(o: ServeOptions): Promise<ServeHandle> {
  const base = new PathMap(o.base ?? baseOf(o.outDir)).base; // a base the pages cannot serve is refused before loading
  const pool = new QueryPool(o.outDir, base, o.workers ?? SERVE_DEFAULTS.workers, o.worker);
  await pool.start(o.onLoad);
  await parseQuery('ASK {}'); // loads the parser now rather than on the first request
  const graphs = new Set(pool.info.graphs);
  const endpoint = {
    pool,
    guard: { allowServices: o.allowServices ?? [], isLocal: (iri: string) => graphs.has(iri) || iri.startsWith(base) },
    timeoutMs: o.timeoutMs ?? SERVE_DEFAULTS.timeoutMs,
    maxRows: o.maxRows ?? SERVE_DEFAULTS.maxRows,
    maxBytes: o.maxBytes ?? SERVE_DEFAULTS.maxBytes,
    maxRequestBytes: 1024 * 1024,
  };
  const server = createServer(createHandler({ endpoint, typedPredicates: new Map(pool.info.typedPredicates), log: o.log ?? (() => {}) }));
  let address: AddressInfo;
  try {
    address = await listen(server, o.port ?? SERVE_DEFAULTS.port, o.host ?? SERVE_DEFAULTS.host);
  } catch (e) {
    await pool.close();
    throw e;
  }
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await pool.close();
  };
  return { url: `http://${host}:${address.port}/`, host: address.address, port: address.port, base, close };
}
