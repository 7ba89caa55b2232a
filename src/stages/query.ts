// Query stage: SPARQL over the output folder, RDF files, RDF documents on the web or SPARQL endpoints (Comunica).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { byteSize } from '../byte-size.js';
import { executeQuery, openQuery, type EngineSource, type OpenResult, type QueryResult } from '../rdf/comunica.js';
import { Store, type Quad } from '../rdf/factory.js';
import { jsonLdToQuads } from '../rdf/jsonld.js';
import { parseRdfStream, rdfFormatOf } from '../rdf/parse.js';
import { DATASET_FILE } from '../write/layout.js';

export { QuerySyntaxError, type OpenResult, type QueryResult } from '../rdf/comunica.js';

/** A local path (file or output folder), the URL of an RDF document, or a SPARQL endpoint. */
export type QuerySource = string | { type: 'sparql'; value: string };

export interface QueryOptions {
  /** Default: the output folder `output/` (its dataset.nq). */
  sources?: readonly QuerySource[];
}

/** A source that cannot be read: the input named and why. */
export class QuerySourceError extends Error {
  override readonly name = 'QuerySourceError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}

export const DEFAULT_QUERY_SOURCE = 'output';
const URL_PATTERN = /^https?:\/\//i;
const JSON_LD = /\.(?:jsonld|json)$/i;

/** `sparql@https://…` marks a SPARQL endpoint; anything else is a path or an RDF document URL. */
export function parseSourceArg(arg: string): QuerySource {
  const m = /^sparql@(.+)$/i.exec(arg);
  if (!m?.[1]) return arg;
  if (!URL_PATTERN.test(m[1])) throw new QuerySourceError(arg, 'a SPARQL endpoint must be an http(s) URL');
  return { type: 'sparql', value: m[1] };
}

/** The file a source path names: itself, or a folder's dataset.nq; QuerySourceError when there is none. */
export function sourceFile(path: string): string {
  const absolute = resolve(path);
  if (!existsSync(absolute)) throw new QuerySourceError(path, 'no such file or folder');
  const file = statSync(absolute).isDirectory() ? join(absolute, DATASET_FILE) : absolute;
  if (!existsSync(file)) throw new QuerySourceError(path, `the folder holds no ${DATASET_FILE} (run lodscribe run first)`);
  return file;
}

/**
 * Bytes of memory an in-memory store takes per byte of RDF text, with room for the query: n3's Store took 3.8 for
 * the benchmark's N-Quads (742 bytes a quad; 3 million quads, 589 MB of text, 2.2 GB of heap).
 */
const MEMORY_PER_BYTE = 4.5;

/** Why a file of `bytes` cannot be loaded with `room` bytes of heap left, or undefined when it fits. */
export function tooLargeToLoad(bytes: number, room: number): string | undefined {
  const needed = bytes * MEMORY_PER_BYTE;
  if (needed <= room) return undefined;
  return `${byteSize(bytes)} of RDF is too large to query from the file here (it would need about ${byteSize(needed)} of memory; `
    + `${byteSize(Math.max(0, room))} is left to this process): serve it (lodscribe serve <output-dir>) and query with `
    + '--source sparql@http://127.0.0.1:8080/sparql, publish it to a triple store and query that, or give Node more '
    + 'memory (NODE_OPTIONS=--max-old-space-size=<MB>)';
}

/** The heap this process may still use. */
function heapRoom(): number {
  const heap = getHeapStatistics();
  return heap.heap_size_limit - heap.used_heap_size;
}

/**
 * A file (by extension) or a folder (its dataset.nq) → its quads added to `store`. Turtle, TriG, N-Triples and N-Quads
 * are read as a stream, whatever their size; JSON-LD is read whole and may use only bundled contexts.
 */
export async function addRdfFile(store: Store, path: string): Promise<void> {
  const file = sourceFile(path);
  const syntax = JSON_LD.test(file) ? 'json-ld' : rdfFormatOf(file);
  if (!syntax) throw new QuerySourceError(path, 'unknown RDF file type; expected .ttl, .trig, .nt, .nq, .jsonld or .json');
  const tooLarge = tooLargeToLoad(statSync(file).size, heapRoom());
  if (tooLarge) throw new QuerySourceError(path, tooLarge);
  try {
    if (syntax === 'json-ld') store.addQuads(await jsonLdToQuads(readFileSync(file, 'utf8')));
    else await parseRdfStream(createReadStream(file, 'utf8'), syntax, (q: Quad) => store.addQuad(q));
  } catch (e) {
    throw new QuerySourceError(path, `cannot be read as ${syntax}: ${(e as Error).message}`);
  }
}

/** Local files go into one in-memory store; URLs and endpoints are handed to Comunica as they are. */
export async function resolveSources(sources: readonly QuerySource[]): Promise<EngineSource[]> {
  const store = new Store();
  const remote: EngineSource[] = [];
  for (const source of sources) {
    if (typeof source !== 'string') remote.push(source);
    else if (URL_PATTERN.test(source)) remote.push(source);
    else await addRdfFile(store, source);
  }
  return remote.length > 0 && store.size === 0 ? remote : [store, ...remote];
}

const sourcesOf = (options: QueryOptions): readonly QuerySource[] => (options.sources && options.sources.length > 0 ? options.sources : [DEFAULT_QUERY_SOURCE]);

/** Runs one SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE; never an update) over the sources. */
export async function runQuery(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
  return executeQuery(sparql, await resolveSources(sourcesOf(options)));
}

/** Starts one SPARQL query over the sources; a SELECT's solutions are then read as they arrive. */
export async function startQuery(sparql: string, options: QueryOptions = {}): Promise<OpenResult> {
  return openQuery(sparql, await resolveSources(sourcesOf(options)));
}
