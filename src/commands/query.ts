// `lodscribe query`: a SPARQL query (text or .rq file) over the output or --source inputs, rendered as asked.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Outcome } from '../exit.js';
import { toCompactJsonLd } from '../rdf/jsonld.js';
import { toTurtle } from '../rdf/serialize.js';
import { ROW_WRITERS, toSparqlCsv, toSparqlJson, toSparqlTsv, type Bindings } from '../render/sparql-results.js';
import { toTable } from '../render/table.js';
import { QuerySourceError, QuerySyntaxError, parseSourceArg, runQuery, startQuery, type OpenResult, type QueryResult, type QuerySource } from '../stages/query.js';
import { queryWithin } from './query-deadline.js';
import type { Rendered } from './parse.js';

export const QUERY_FORMATS = ['table', 'json', 'csv', 'tsv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export interface QueryCommandOptions {
  source: string[];
  format: QueryFormat;
  /** `--timeout <ms>`: the query's deadline (a whole number of milliseconds, 1 or more). */
  timeout?: number | string;
}

/** The deadline in ms from `--timeout`; a QuerySourceError (usage) for anything but a whole number of 1 or more. */
function timeoutOf(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new QuerySourceError('--timeout', `expected a whole number of milliseconds, 1 or more, not ${JSON.stringify(String(value))}`);
  return n;
}

const QUERY_FILE = /\.(?:rq|sparql)$/i;

/** The query text: the file's contents when `queryOrFile` names a file (or ends in .rq / .sparql), else itself. */
export function readQueryArg(queryOrFile: string): string {
  const isFile = existsSync(queryOrFile) && statSync(queryOrFile).isFile();
  if (!isFile && QUERY_FILE.test(queryOrFile)) throw new QuerySourceError(queryOrFile, 'no such query file');
  return isFile ? readFileSync(queryOrFile, 'utf8') : queryOrFile;
}

/** Graph results as solutions of ?subject ?predicate ?object (for CSV and TSV). */
function quadsAsBindings(result: Extract<QueryResult, { kind: 'quads' }>): Bindings {
  const rows = result.quads.map((q) => new Map([['subject', q.subject], ['predicate', q.predicate], ['object', q.object]] as const));
  return { kind: 'bindings', variables: ['subject', 'predicate', 'object'], rows };
}

/**
 * SELECT: table / SPARQL JSON / CSV / TSV. ASK: `true` or `false` (SPARQL JSON for json). CONSTRUCT and DESCRIBE:
 * Turtle for table, compact JSON-LD for json, ?subject ?predicate ?object rows for CSV and TSV.
 */
export async function renderResult(result: QueryResult, format: QueryFormat): Promise<string> {
  if (result.kind === 'boolean') return format === 'json' ? toSparqlJson(result) : `${result.value}\n`;
  if (result.kind === 'quads' && format === 'table') return toTurtle(result.quads);
  if (result.kind === 'quads' && format === 'json') return toCompactJsonLd(result.quads);
  const bindings = result.kind === 'quads' ? quadsAsBindings(result) : result;
  if (format === 'json') return toSparqlJson(bindings);
  if (format === 'csv') return toSparqlCsv(bindings);
  return format === 'tsv' ? toSparqlTsv(bindings) : toTable(bindings);
}

const failed = (stderr: string, outcome: Outcome): Rendered => ({ stdout: '', stderr, outcome });
const answered = (stdout: string): Rendered => ({ stdout, stderr: '', outcome: { kind: 'done', failedRecords: 0, violations: 0 } });

/** Where results are written as they arrive (standard output); the promise settles once the chunk is taken. */
export type Sink = (chunk: string) => Promise<void>;

/** The reader of the output went away (a closed pipe, as with `| head`): the query stops, and that is not a failure. */
export class OutputClosedError extends Error {
  override readonly name = 'OutputClosedError';
}

/** A writable stream (standard output) as a Sink: one piece at a time, each once written; refused once the reader has gone. */
export function sinkOf(stream: NodeJS.WritableStream): Sink {
  let broken: Error | undefined;
  stream.on('error', (e: Error) => (broken = e));
  return (chunk) => new Promise((resolve, reject) => {
    if (broken) return reject(broken);
    stream.write(chunk, (e) => (e ? reject(e) : resolve()));
  });
}

/** Results are handed to the sink in pieces of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

type Solutions = Extract<OpenResult, { kind: 'solutions' }>;

async function put(out: Sink, chunk: string): Promise<void> {
  try {
    await out(chunk);
  } catch (e) {
    throw new OutputClosedError((e as Error).message);
  }
}

/** A SELECT's solutions written to `out` as they arrive, in pieces: the first row is out before the last is read. */
async function streamSolutions(result: Solutions, format: 'json' | 'csv' | 'tsv', out: Sink): Promise<void> {
  const writer = ROW_WRITERS[format](result.variables);
  let buffer = writer.head;
  let rows = 0;
  try {
    for await (const row of result.rows) {
      buffer += writer.row(row);
      rows++;
      if (buffer.length >= CHUNK_CHARS) {
        await put(out, buffer);
        buffer = '';
      }
    }
  } finally {
    result.close();
  }
  await put(out, buffer + writer.tail(rows));
}

/** SELECT in JSON, CSV or TSV goes to `out` as it arrives (the table needs every row for its widths); the rest is rendered whole. */
async function answer(sparql: string, sources: QuerySource[], options: QueryCommandOptions, out: Sink | undefined): Promise<Rendered> {
  const { format } = options;
  if (!out || format === 'table') return answered(await renderResult(await runQuery(sparql, { sources }), format));
  const opened = await startQuery(sparql, { sources });
  if (opened.kind !== 'solutions') return answered(await renderResult(opened, format));
  await streamSolutions(opened, format, out);
  return answered('');
}

/**
 * Runs the query; a bad query, source or timeout is a usage error (exit 2), a failing remote source or the deadline exit 1.
 * With `out`, a SELECT's rows in JSON, CSV or TSV are written there as they arrive (rows already written stay written
 * if the query then fails); otherwise, and for everything else, the result comes back whole in `stdout`.
 */
export async function queryCommand(queryOrFile: string, options: QueryCommandOptions, out?: Sink): Promise<Rendered> {
  let label = 'query';
  try {
    const sparql = readQueryArg(queryOrFile);
    label = sparql === queryOrFile ? 'query' : queryOrFile;
    const sources = options.source.map(parseSourceArg); // a bad --source is refused here, before any worker starts
    const timeoutMs = timeoutOf(options.timeout);
    if (timeoutMs !== undefined) return await queryWithin(sparql, { source: options.source, format: options.format }, timeoutMs, label, { out });
    return await answer(sparql, sources, options, out);
  } catch (e) {
    if (e instanceof OutputClosedError) return answered('');
    if (e instanceof QuerySourceError) {
      return failed(`${e.input}: query: error query-source: ${e.reason}`, { kind: 'usage', message: e.message });
    }
    if (e instanceof QuerySyntaxError) {
      return failed(`${label}: query: error query-syntax: ${e.message}`, { kind: 'usage', message: e.message });
    }
    return failed(`${label}: query: error query-failed: ${(e as Error).message}`, { kind: 'done', failedRecords: 1, violations: 0 });
  }
}
