// Query stage: SPARQL over the output folder, RDF files, RDF documents on the web or SPARQL endpoints (Comunica).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { executeQuery, openQuery, type EngineSource, type OpenResult, type QueryResult } from '../rdf/comunica.js';
import { Store, type Quad } from '../rdf/factory.js';
import { jsonLdToQuads } from '../rdf/jsonld.js';
import { parseRdf, rdfFormatOf } from '../rdf/parse.js';
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

/** A file (by extension) or a folder (its dataset.nq) → quads; JSON-LD may use only bundled contexts. */
export async function readRdfFile(path: string): Promise<Quad[]> {
  const file = sourceFile(path);
  const syntax = JSON_LD.test(file) ? 'json-ld' : rdfFormatOf(file);
  if (!syntax) throw new QuerySourceError(path, 'unknown RDF file type; expected .ttl, .trig, .nt, .nq, .jsonld or .json');
  try {
    const text = readFileSync(file, 'utf8');
    return syntax === 'json-ld' ? await jsonLdToQuads(text) : parseRdf(text, syntax);
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
    else store.addQuads(await readRdfFile(source));
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
