// `lodscribe query`: a SPARQL query (text or .rq file) over the output or --source inputs, rendered as asked.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Outcome } from '../exit.js';
import { toCompactJsonLd } from '../rdf/jsonld.js';
import { toTurtle } from '../rdf/serialize.js';
import { toSparqlCsv, toSparqlJson, toSparqlTsv, type Bindings } from '../render/sparql-results.js';
import { toTable } from '../render/table.js';
import { QuerySourceError, QuerySyntaxError, parseSourceArg, runQuery, type QueryResult } from '../stages/query.js';
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

/** Runs the query; a bad query, source or timeout is a usage error (exit 2), a failing remote source or the deadline exit 1. */
export async function queryCommand(queryOrFile: string, options: QueryCommandOptions): Promise<Rendered> {
  let label = 'query';
  try {
    const sparql = readQueryArg(queryOrFile);
    label = sparql === queryOrFile ? 'query' : queryOrFile;
    const sources = options.source.map(parseSourceArg);
    const timeoutMs = timeoutOf(options.timeout);
    if (timeoutMs !== undefined) return await queryWithin(sparql, { source: options.source, format: options.format }, timeoutMs, label);
    const result = await runQuery(sparql, { sources });
    return { stdout: await renderResult(result, options.format), stderr: '', outcome: { kind: 'done', failedRecords: 0, violations: 0 } };
  } catch (e) {
    if (e instanceof QuerySourceError) {
      return failed(`${e.input}: query: error query-source: ${e.reason}`, { kind: 'usage', message: e.message });
    }
    if (e instanceof QuerySyntaxError) {
      return failed(`${label}: query: error query-syntax: ${e.message}`, { kind: 'usage', message: e.message });
    }
    return failed(`${label}: query: error query-failed: ${(e as Error).message}`, { kind: 'done', failedRecords: 1, violations: 0 });
  }
}
