// The competency queries (all but cq8) through `lodscribe query`, cold and warm, and through Oxigraph's native SPARQL.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import oxigraph from 'oxigraph';
import { ROOT, runCli } from './cli-run.js';

export interface QueryTiming { name: string; rows: number | null; oxigraphRows: number; coldMs: number | null; warmMs: number | null; oxigraphWarmMs: number; note?: string }

export const QUERIES_DIR = join(ROOT, 'queries');

/** Every competency query file but the federated one (cq8 needs the network). */
export function competencyQueries(): { name: string; text: string }[] {
  return readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.rq') && !f.startsWith('cq8')).sort()
    .map((f) => ({ name: f.replace(/\.rq$/, ''), text: readFileSync(join(QUERIES_DIR, f), 'utf8') }));
}

/** Oxigraph's store loaded from dataset.nq; each query run once to warm, then the best of three. */
export function oxigraphTimings(out: string, queries: { name: string; text: string }[]): { loadSeconds: number; results: Map<string, { ms: number; rows: number }>; error?: string } {
  const started = performance.now();
  const store = new oxigraph.Store();
  try {
    store.load(readFileSync(join(out, 'dataset.nq'), 'utf8'), { format: 'application/n-quads' });
  } catch (e) {
    // The npm build is WebAssembly (32-bit): its memory ends at 4 GB, which a large dataset does not fit in.
    return { loadSeconds: (performance.now() - started) / 1000, results: new Map(), error: (e as Error).message };
  }
  const loadSeconds = (performance.now() - started) / 1000;
  const results = new Map<string, { ms: number; rows: number }>();
  for (const q of queries) {
    const run = () => store.query(q.text, { use_default_graph_as_union: true }) as Map<string, unknown>[];
    const rows = run().length;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      run();
      best = Math.min(best, performance.now() - t);
    }
    results.set(q.name, { ms: best, rows });
  }
  return { loadSeconds, results };
}

/** Warm timings in one child process (bench/query-child.ts): the sources loaded once, each query run twice, the second timed. */
function warmTimings(out: string, timeoutMs: number): Promise<Map<string, { ms: number; rows: number }>> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'query-child.ts'), out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
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

/** Cold: `lodscribe query <file> --source <out> --format json`, process start to exit. Warm: see warmTimings. */
export async function queryTimings(out: string, timeoutMs: number): Promise<{ oxigraphLoadSeconds: number; queries: QueryTiming[]; oxigraphError?: string }> {
  const queries = competencyQueries();
  const ox = oxigraphTimings(out, queries);
  const warm = await warmTimings(out, timeoutMs * queries.length);
  const timings: QueryTiming[] = [];
  for (const q of queries) {
    const cold = await runCli(['query', join(QUERIES_DIR, `${q.name}.rq`), '--source', out, '--format', 'json'], timeoutMs);
    const rows = cold.code === 0 ? (JSON.parse(cold.stdout) as { results: { bindings: unknown[] } }).results.bindings.length : null;
    const o = ox.results.get(q.name) ?? { ms: Number.NaN, rows: -1 };
    const w = warm.get(q.name);
    const t: QueryTiming = { name: q.name, rows, oxigraphRows: o.rows, coldMs: cold.killed || cold.code !== 0 ? null : cold.wallSeconds * 1000, warmMs: w?.ms ?? null, oxigraphWarmMs: o.ms };
    if (ox.error) t.note = `Oxigraph could not load the data: ${ox.error}`;
    if (cold.killed) t.note = `cold run stopped after ${timeoutMs / 1000} s`;
    else if (cold.code !== 0) t.note = `exit ${cold.code}: ${cold.stderr.trim().split('\n')[0] ?? ''}`;
    else if (w === undefined) t.note = 'warm run did not finish in time';
    timings.push(t);
  }
  return { oxigraphLoadSeconds: ox.loadSeconds, queries: timings, ...(ox.error ? { oxigraphError: ox.error } : {}) };
}
