// The competency queries (all but cq8) through `lodscribe query` against `lodscribe serve`'s endpoint, cold and warm, and Oxigraph native.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import oxigraph from 'oxigraph';
import { parseQuery } from '../src/rdf/comunica.js';
import { iriProblem } from '../src/rdf/iri.js';
import { storeJson } from '../src/rdf/oxigraph-results.js';
import { lineChunks } from '../src/rdf/oxigraph-scan.js';
import { presolve, type SelectRunner } from '../src/serve/presolve.js';
import { CLI, ROOT, runCli } from './cli-run.js';

export interface QueryTiming {
  name: string; rows: number | null; oxigraphRows: number; warmMs: number | null; oxigraphWarmMs: number;
  /** Oxigraph with the query's sub-selects answered first as the endpoint does (src/serve/presolve.ts), where it rewrites it. */
  oxigraphPresolvedMs?: number;
  /** `lodscribe query` from process start to its first row (to its exit when there is none); `coldExitMs` to its exit. */
  coldMs: number | null; coldExitMs: number | null;
  /** `lodscribe serve` from process start to listening (its stores loaded), the same for every query. */
  serveStartMs?: number;
  note?: string;
}

export const QUERIES_DIR = join(ROOT, 'queries');

export interface CompetencyQuery { name: string; text: string; file?: string }

/** The commented line of cq1, cq2, cq4 and cq5 that asks for one record. */
const RECORD_VALUES = /#\s*VALUES \?record \{ <[^>]*> \}/;

/**
 * Every competency query file but the federated one (cq8 needs the network), as shipped (over the whole corpus); with
 * `record`, also each query that can be asked for one record the way DESIGN.md §7 asks it, named "… (one record)".
 */
export function competencyQueries(record?: string): CompetencyQuery[] {
  const problem = record === undefined ? undefined : iriProblem(record);
  if (problem) throw new Error(`the benchmark's record ${JSON.stringify(record)} is not an IRI: ${problem}`);
  return readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.rq') && !f.startsWith('cq8')).sort().flatMap((f) => {
    const file = join(QUERIES_DIR, f);
    const q = { name: f.replace(/\.rq$/, ''), text: readFileSync(file, 'utf8'), file };
    if (record === undefined || !RECORD_VALUES.test(q.text)) return [q];
    return [q, { name: `${q.name} (one record)`, text: q.text.replace(RECORD_VALUES, () => `VALUES ?record { <${record}> }`) }];
  });
}

/** The record asked about by the one-record queries: the one with the most speaker turns (the longest talks), else the first. */
const LONGEST_TALKS = `PREFIX crm: <http://www.cidoc-crm.org/cidoc-crm/>
PREFIX lod: <https://w3id.org/lodscribe/ns#>
SELECT ?record (COUNT(?turn) AS ?turns) WHERE { ?record crm:P106_is_composed_of ?turn . ?turn a lod:SpeechTurn }
GROUP BY ?record ORDER BY DESC(?turns) ?record LIMIT 1`;
const FIRST_RECORD = 'SELECT ?record WHERE { ?record a <http://www.cidoc-crm.org/cidoc-crm/E31_Document> } ORDER BY ?record LIMIT 1';

function longestTalks(store: oxigraph.Store): string | undefined {
  for (const query of [LONGEST_TALKS, FIRST_RECORD]) {
    const [row] = store.query(query, { use_default_graph_as_union: true }) as Map<string, oxigraph.Term>[];
    const record = row?.get('record')?.value;
    if (record !== undefined) return record;
  }
  return undefined;
}

/** The best of three runs of `run` after one to warm; what the last run gave. */
async function bestOfThree<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  let value = await run();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    value = await run();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, value };
}

/**
 * The query as the endpoint runs it, timed whole in Oxigraph: its sub-selects answered first (the store asked as the
 * endpoint's workers ask it, but without their retyping of integers), then the rewritten query. Undefined when the
 * endpoint runs it as written; a different row count shows in the report's note.
 */
async function presolvedTiming(store: oxigraph.Store, text: string): Promise<{ ms: number; rows: number } | undefined> {
  const select = (sparql: string): string => store.query(sparql, { use_default_graph_as_union: true, results_format: 'application/sparql-results+json' }) as string;
  const runner: SelectRunner = async (sparql, maxRows) => {
    const body = storeJson(select(sparql), { variables: {}, predicates: new Map() }, maxRows);
    return body === undefined ? { id: 0, ok: false, reason: 'too-large', message: 'too many' } : { id: 0, ok: true, body };
  };
  const algebra = await parseQuery(text);
  const once = async (): Promise<number | undefined> => {
    const r = await presolve(algebra, runner);
    return 'sparql' in r && r.sparql !== undefined ? (store.query(r.sparql, { use_default_graph_as_union: true }) as unknown[]).length : undefined;
  };
  if ((await once()) === undefined) return undefined;
  const { ms, value } = await bestOfThree(once);
  return { ms, rows: value ?? -1 };
}

/**
 * Oxigraph's store loaded from dataset.nq (a few MiB at a time); the record for the one-record queries chosen there;
 * each query run once to warm, then the best of three: as written, and with its sub-selects answered first.
 */
export async function oxigraphTimings(out: string): Promise<{ loadSeconds: number; queries: CompetencyQuery[]; record?: string; results: Map<string, { ms: number; rows: number; presolved?: { ms: number; rows: number } }>; error?: string }> {
  const started = performance.now();
  const store = new oxigraph.Store();
  try {
    store.load(lineChunks(join(out, 'dataset.nq')), { format: 'application/n-quads', no_transaction: true });
  } catch (e) {
    // The npm build is WebAssembly (32-bit): its memory ends at 4 GB, which a large dataset does not fit in.
    return { loadSeconds: (performance.now() - started) / 1000, queries: competencyQueries(), results: new Map(), error: (e as Error).message };
  }
  const loadSeconds = (performance.now() - started) / 1000;
  const record = longestTalks(store);
  const queries = competencyQueries(record);
  const results = new Map<string, { ms: number; rows: number; presolved?: { ms: number; rows: number } }>();
  for (const q of queries) {
    const { ms, value } = await bestOfThree(() => (store.query(q.text, { use_default_graph_as_union: true }) as unknown[]).length);
    const presolved = await presolvedTiming(store, q.text);
    results.set(q.name, { ms, rows: value, ...(presolved ? { presolved } : {}) });
  }
  return { loadSeconds, queries, ...(record === undefined ? {} : { record }), results };
}

/** `lodscribe serve <out>` on a free port, caps lifted for the benchmark; resolves with its endpoint once it listens. */
function startServe(out: string, timeoutMs: number): Promise<{ child: ChildProcess; endpoint: string; ms: number }> {
  const started = performance.now();
  const args = [CLI, 'serve', out, '--port', '0', '--timeout', String(timeoutMs), '--max-rows', '100000000', '--max-bytes', String(2 ** 31 - 1)];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let text = '';
    let errors = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (errors += d));
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      text += d;
      const m = /listening on (http:\/\/\S+\/) /.exec(text);
      if (m?.[1]) resolve({ child, endpoint: `${m[1]}sparql`, ms: performance.now() - started });
    });
    child.on('exit', (code) => reject(new Error(`lodscribe serve stopped (exit ${code}): ${errors.trim().slice(-500)}`)));
  });
}

/** Warm timings in one child process (bench/query-child.ts): Comunica with the endpoint as its source, each query run once, then the best of three. */
function warmTimings(endpoint: string, record: string | undefined, timeoutMs: number): Promise<Map<string, { ms: number; rows: number }>> {
  return new Promise((resolve) => {
    const args = ['--import', 'tsx', join(ROOT, 'bench', 'query-child.ts'), `sparql@${endpoint}`, ...(record === undefined ? [] : [record])];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (text += d));
    child.on('close', () => {
      clearTimeout(timer);
      const results = new Map<string, { ms: number; rows: number }>();
      for (const line of text.split('\n').filter((l) => l.startsWith('{'))) {
        const r = JSON.parse(line) as { name: string; ms: number; rows: number };
        results.set(r.name, { ms: r.ms, rows: r.rows });
      }
      resolve(results);
    });
  });
}

/**
 * Cold: `lodscribe query <file or text> --source sparql@<endpoint> --format tsv` (rows are written as they arrive),
 * from process start to its first row and to its exit.
 */
async function coldTiming(q: CompetencyQuery, endpoint: string, timeoutMs: number): Promise<{ rows: number | null; ms: number | null; exitMs: number | null; note?: string }> {
  const cold = await runCli(['query', q.file ?? q.text, '--source', `sparql@${endpoint}`, '--format', 'tsv'], timeoutMs);
  if (cold.killed) return { rows: null, ms: null, exitMs: null, note: `cold run stopped after ${timeoutMs / 1000} s` };
  if (cold.code !== 0) return { rows: null, ms: null, exitMs: null, note: `exit ${cold.code}: ${cold.stderr.trim().split('\n')[0] ?? ''}` };
  const exitMs = cold.wallSeconds * 1000;
  return { rows: cold.stdout.split('\n').length - 2, ms: cold.secondLineSeconds === undefined ? exitMs : cold.secondLineSeconds * 1000, exitMs };
}

/** Every competency query through the endpoint (cold and warm) and through Oxigraph natively on the same data. */
export async function queryTimings(out: string, timeoutMs: number): Promise<{ oxigraphLoadSeconds: number; queries: QueryTiming[]; record?: string; oxigraphError?: string }> {
  const ox = await oxigraphTimings(out);
  const queries = ox.queries;
  const serve = await startServe(out, timeoutMs);
  try {
    const warm = await warmTimings(serve.endpoint, ox.record, timeoutMs * queries.length);
    const timings: QueryTiming[] = [];
    for (const q of queries) {
      const cold = await coldTiming(q, serve.endpoint, timeoutMs);
      const o = ox.results.get(q.name) ?? { ms: Number.NaN, rows: -1 };
      const w = warm.get(q.name);
      const t: QueryTiming = { name: q.name, rows: cold.rows, oxigraphRows: o.rows, coldMs: cold.ms, coldExitMs: cold.exitMs, warmMs: w?.ms ?? null, oxigraphWarmMs: o.ms, serveStartMs: serve.ms };
      if (o.presolved) t.oxigraphPresolvedMs = o.presolved.ms;
      const differs = o.presolved && o.presolved.rows !== o.rows ? `sub-selects first gave ${o.presolved.rows} rows, as written ${o.rows}` : undefined;
      const note = cold.note ?? differs ?? (w === undefined ? 'warm run did not finish in time' : ox.error ? `Oxigraph could not load the data: ${ox.error}` : undefined);
      if (note) t.note = note;
      timings.push(t);
    }
    return { oxigraphLoadSeconds: ox.loadSeconds, queries: timings, ...(ox.record ? { record: ox.record } : {}), ...(ox.error ? { oxigraphError: ox.error } : {}) };
  } finally {
    serve.child.kill('SIGTERM');
  }
}
