// The benchmark's figures as a readable report: ratios first, then the absolute times they come from.
import type { QueryTiming } from './queries.js';
import type { BenchResult, BenchRun } from './run.js';

const f = (n: number | null | undefined, digits = 2) => (n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits));
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

function runLine(name: string, r: BenchRun): string {
  return `  ${name.padEnd(24)} ${f(r.wallSeconds, 1).padStart(8)} s  ${f(r.recordsPerSecond, 1).padStart(8)} rec/s  peak RSS ${mb(r.peakRssBytes)}  (${r.jobs} worker(s), ${r.cached} cached)`;
}

const ratio = (ms: number | null, base: number): string => (ms === null ? '—' : `${f(ms / Math.max(base, 0.01), 1)}×`);

/** Oxigraph with the sub-selects answered first, for a query the endpoint rewrites. */
const presolved = (q: QueryTiming): string =>
  q.oxigraphPresolvedMs === undefined ? '' : `  * ${f(q.oxigraphPresolvedMs, 1)} ms, ${ratio(q.warmMs, q.oxigraphPresolvedMs)}`;

/** The report `npm run bench` prints. */
export function formatBench(r: BenchResult): string {
  const b = r.baselines;
  const lines = [
    `lodscribe bench: ${r.records} records (${mb(r.corpusBytes)} of text), ${r.triples} triples, ${r.cpus} CPU(s)`,
    '',
    'headline (ratios, same run)',
    `  worker threads:        ${f(b['workerSpeedup'] as number)}× the one-worker run (${r.jobs} workers; output byte-identical: ${r.identicalToSingleWorker ?? 'not checked'})`,
    `  unchanged re-run:      ${f(r.rerunSpeedup, 1)}× faster than the first run (input-hash ledger)`,
    `  JSON-LD writer:        ${f(b['jsonLdSpeedup'] as number)}× jsonld.js fromRDF+compact on ${b['jsonldGraphs']} graphs (byte-identical: ${b['jsonLdByteIdentical']})`,
    `  SHACL:                 shacl-engine ${f(b['shaclEngineSpeedup'] as number)}× rdf-validate-shacl on ${b['shaclGraphs']} graphs (same results: ${b['shaclSameResults']})`,
    `  lodscribe validation:  ${f(b['lodscribeVsFasterEngine'] as number)}× the faster engine (compiled checks, engines when unsure)`,
    `  Turtle / N-Quads:      ${f(b['turtleVsN3Writer'] as number)}× / ${f(b['nquadsVsN3Writer'] as number)}× the n3 Writer floor (sorting, checks, layout included)`,
    '',
    'end to end (node dist/cli.js run …)',
    runLine('all workers, fresh', r.runs.parallel),
    ...(r.runs.single ? [runLine('one worker, fresh', r.runs.single)] : []),
    runLine('re-run, unchanged', r.runs.rerun),
    `  triples/s: ${Math.round(r.triplesPerSecond)}`,
    '',
    'stages (seconds, summed over records and workers)',
    ...Object.entries(r.stages).map(([stage, s]) => `  ${stage.padEnd(10)} ${f(s).padStart(9)}`),
    '',
    `queries (warm: best of 3 after a warm-up, through serve's endpoint; Oxigraph native: the same, in process; store load ${f(b['oxigraphLoadSeconds'] as number)} s)`,
    ...(r.queries[0]?.serveStartMs ? [`  lodscribe serve listened after ${f(r.queries[0].serveStartMs / 1000, 1)} s (its stores loaded)`] : []),
    ...(r.queryRecord ? [`  one record: ${r.queryRecord} (the longest talks)`] : []),
    `  ${'query'.padEnd(38)}   rows  cold ms (first row / exit)   warm ms  oxigraph ms  warm/oxigraph`,
    ...r.queries.map((q) => `  ${q.name.padEnd(38)} ${String(q.rows ?? '—').padStart(6)} ${f(q.coldMs, 0).padStart(15)} / ${f(q.coldExitMs, 0).padEnd(10)} ${f(q.warmMs, 0).padStart(9)} ${f(q.oxigraphWarmMs, 1).padStart(12)} ${ratio(q.warmMs, q.oxigraphWarmMs).padStart(14)}${presolved(q)}${q.note ? `  (${q.note})` : ''}`),
    ...(r.queries.some((q) => q.oxigraphPresolvedMs !== undefined) ? ['  *: the endpoint answers these sub-selects first; Oxigraph timed the same way, and the ratio to that'] : []),
  ];
  return `${lines.join('\n')}\n`;
}
