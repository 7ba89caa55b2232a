// The benchmark: generate a corpus, run the real CLI on it (one worker, all workers, re-run from the cache), and the baselines.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTHORITY_FILE } from './authority.js';
import { jsonLdBaseline, scanDataset } from './baselines.js';
import { runCli, type CliRun } from './cli-run.js';
import { generateCorpus } from './corpus.js';
import { queryTimings, type QueryTiming } from './queries.js';
import { shaclBaseline } from './shacl.js';
import { readTree, sameOutput } from './tree.js';

export interface BenchOptions {
  records: number;
  seed?: number;
  jobs?: number;
  /** Also run with one worker (before/after of the worker threads, and the byte-identity check); default: up to 2,000 records. */
  single?: boolean;
  /** Run the competency queries; default true. */
  queries?: boolean;
  /** Per-query time limit for the lodscribe query runs, in seconds (default 300). */
  queryTimeoutSeconds?: number;
  /** Records sampled for the in-process JSON-LD and SHACL baselines (default 500). */
  sample?: number;
  /** Keep the temporary folder (corpus, outputs, cache). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface BenchRun { jobs: number; seconds: number; wallSeconds: number; recordsPerSecond: number; peakRssBytes: number; cached: number; stages: Record<string, number> }

export interface BenchResult {
  records: number; triples: number; seconds: number; recordsPerSecond: number; triplesPerSecond: number; peakRssBytes: number;
  stages: Record<string, number>; jobs: number; cpus: number; corpusBytes: number;
  runs: { parallel: BenchRun; single?: BenchRun; rerun: BenchRun };
  identicalToSingleWorker: boolean | null;
  rerunSpeedup: number;
  baselines: Record<string, number | boolean | string>;
  queries: QueryTiming[];
  /** The record the one-record forms of the queries ask about. */
  queryRecord?: string;
}

function summarise(run: CliRun, records: number, log: (l: string) => void): BenchRun {
  if (run.code !== 0 && run.code !== 1) throw new Error(`lodscribe run failed (exit ${run.code}): ${run.stderr.slice(-2000)}`);
  const end = run.end;
  if (!end) throw new Error(`lodscribe run printed no end event: ${run.stderr.slice(-2000)}`);
  const r: BenchRun = { jobs: end.jobs, seconds: end.seconds, wallSeconds: run.wallSeconds, recordsPerSecond: records / run.wallSeconds, peakRssBytes: end.peakRssBytes, cached: end.cached, stages: end.stages };
  log(`  ${JSON.stringify(r)}`);
  return r;
}

async function pipelineRuns(o: BenchOptions, dir: string, corpus: string, log: (l: string) => void) {
  const jobs = o.jobs ?? availableParallelism();
  const args = (out: string, j: number, fresh: boolean) => ['run', corpus, '--out', out, '--authority', AUTHORITY_FILE, '--jobs', String(j), '--log-format', 'json', '--cache-dir', join(dir, `cache-${j}`), ...(fresh ? ['--fresh'] : [])];
  log(`run: ${jobs} worker(s)…`);
  const parallel = summarise(await runCli(args(join(dir, 'out'), jobs, true)), o.records, log);
  log(`re-run over the unchanged corpus…`);
  const rerun = summarise(await runCli(args(join(dir, 'out'), jobs, false)), o.records, log);
  let single: BenchRun | undefined;
  let identical: boolean | null = null;
  if (o.single ?? o.records <= 2000) {
    log('run: 1 worker…');
    single = summarise(await runCli(args(join(dir, 'out-single'), 1, true)), o.records, log);
    identical = sameOutput(readTree(join(dir, 'out')), readTree(join(dir, 'out-single')));
  }
  return { jobs, parallel, rerun, single, identical };
}

/** Runs the whole benchmark in a temporary folder and returns the figures (README, "Performance"). */
export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const log = o.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'lodscribe-bench-'));
  try {
    const corpus = join(dir, 'corpus');
    log(`generating ${o.records} records…`);
    const generated = generateCorpus(corpus, o.records, o.seed ?? 1950);
    const runs = await pipelineRuns(o, dir, corpus, log);
    const out = join(dir, 'out');
    log('baselines: reading dataset.nq, n3 Writer on every record graph…');
    const loaded = await scanDataset(out, o.sample ?? 500);
    const floor = loaded.floor;
    log(`  ${JSON.stringify({ triples: loaded.triples, floor })}`);
    log(`baselines: JSON-LD on ${loaded.sample.length} graphs…`);
    const json = await jsonLdBaseline(loaded.sample);
    log(`  ${JSON.stringify(json)}`);
    log(`baselines: SHACL on ${loaded.sample.length} graphs…`);
    const shacl = await shaclBaseline(loaded.sample, loaded.entityQuads);
    log(`  ${JSON.stringify(shacl)}`);
    if (o.queries !== false) log('queries: Oxigraph, then lodscribe query cold and warm…');
    const queries = o.queries === false ? { oxigraphLoadSeconds: 0, queries: [] } : await queryTimings(out, (o.queryTimeoutSeconds ?? 300) * 1000);
    const p = runs.parallel;
    const ourTurtle = p.stages['turtle'] ?? 0;
    const ourNquads = p.stages['nquads'] ?? 0;
    return {
      records: o.records, triples: loaded.triples, seconds: p.wallSeconds, recordsPerSecond: p.recordsPerSecond,
      triplesPerSecond: loaded.triples / p.wallSeconds, peakRssBytes: p.peakRssBytes, stages: p.stages, jobs: runs.jobs,
      cpus: availableParallelism(), corpusBytes: generated.bytes,
      runs: { parallel: p, rerun: runs.rerun, ...(runs.single ? { single: runs.single } : {}) },
      identicalToSingleWorker: runs.identical, rerunSpeedup: p.wallSeconds / runs.rerun.wallSeconds,
      baselines: {
        n3WriterTurtleSeconds: floor.turtleSeconds, n3WriterNquadsSeconds: floor.nquadsSeconds,
        turtleVsN3Writer: floor.turtleSeconds > 0 ? ourTurtle / floor.turtleSeconds : 0, nquadsVsN3Writer: floor.nquadsSeconds > 0 ? ourNquads / floor.nquadsSeconds : 0,
        jsonldGraphs: json.graphs, jsonldJsFromRdfCompactSeconds: json.jsonldSeconds, lodscribeJsonLdSeconds: json.lodscribeSeconds,
        jsonLdSpeedup: json.ratio, jsonLdByteIdentical: json.identical,
        ...shacl, oxigraphLoadSeconds: queries.oxigraphLoadSeconds, ...('oxigraphError' in queries && queries.oxigraphError ? { oxigraphError: queries.oxigraphError } : {}),
        ...(runs.single ? { workerSpeedup: runs.single.wallSeconds / p.wallSeconds } : {}),
      },
      queries: queries.queries,
      ...('record' in queries && queries.record ? { queryRecord: queries.record } : {}),
    };
  } finally {
    if (o.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
