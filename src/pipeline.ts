// The whole architecture on one screen: read → ingest → extract → link → map → validate → write, records in parallel workers, unchanged records from the ledger.
import type { LinkedRecord } from './entities.js';
import { loadAuthority, type Authority } from './extract/authority.js';
import { finding, type Finding } from './findings.js';
import { openWikidata, type WikidataOptions } from './link/session.js';
import { DEFAULT_BASE, mint } from './rdf/namespaces.js';
import type { SourceRecord } from './record.js';
import { extract } from './stages/extract.js';
import { ingest } from './stages/ingest.js';
import { link } from './stages/link.js';
import { listRecordFiles, readRecord } from './stages/read.js';
import { loadShapes } from './stages/validate.js';
import { Corpus, type RecordOutcome } from './run/corpus.js';
import { inSeconds, peakRssBytes, timed, timedAsync, type RunEvent, type StageTimes } from './run/events.js';
import { defaultCacheDir, Ledger } from './run/ledger.js';
import { ledgerKey } from './run/inputs.js';
import { entityLinesReader, lookUp } from './run/lookup.js';
import { keptRun, settler } from './run/progress.js';
import { keptOutput, writeStamp } from './run/stamp.js';
import { jobsFor, runnerFor } from './run/threads.js';

export interface RunOptions extends WikidataOptions {
  inputs: string[];
  out: string;
  base?: string;
  authority?: string;
  shapes?: string;
  /** The licence IRI of the published data, stated in the dataset description. */
  license?: string;
  /** Worker threads (default: the number of CPUs); 1 runs every record in this thread. Online runs and runs with a review file use one. */
  jobs?: number;
  /** Where each record's outputs are cached between runs (default: `.lodscribe-cache/<out name>` beside the output folder). */
  cacheDir?: string;
  /** Redo every record even when its cached outputs are up to date. */
  fresh?: boolean;
  /** Called after each record, for progress. */
  onRecord?: (outcome: RecordOutcome, index: number, total: number) => void;
  /** Progress events (start, each record, end with stage timings), for renderers. */
  onEvent?: (event: RunEvent) => void;
}

export interface RunResult {
  records: RecordOutcome[]; findings: Finding[]; failedRecords: number; triples: number; entities: number; links: number; files: string[];
  /** Records whose outputs came from the cache unchanged. */
  cached?: number;
  /** Seconds per stage (record stages summed over records and workers). */
  stages?: Record<string, number>;
  /** The output folder was already what this run would write (same records, options and code): it was kept as it is. */
  upToDate?: boolean;
}

/**
 * Runs every stage on every input record and writes the output; a record that fails is reported and the others go on.
 * Each record goes read → ingest → extract → link → map → validate → serialise in a worker (`run/process.ts`) and into
 * the ledger; records the ledger holds are not redone; the output is assembled from the ledger in record order.
 */
export async function runPipeline(o: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const base = mint(o.base ?? DEFAULT_BASE).base;
  const times: StageTimes = {};
  const ctx = { authority: loadAuthority(o.authority), shapes: loadShapes(o.shapes), base, wikidata: openWikidata(o) };
  const corpus = new Corpus(base);
  const { files, problems } = listRecordFiles(o.inputs);
  for (const p of problems) corpus.failInput(finding('read-failed', 'read', p.path, { reason: p.reason }));
  const ledger = new Ledger(o.cacheDir ?? defaultCacheDir(o.out), ledgerKey(o, base, ctx.shapes), !o.online && !o.review && !o.fresh);
  const { tasks, hits } = timed(times, 'hash', () => lookUp(files, ledger));
  const keys = [...hits, ...tasks].sort((a, b) => a.index - b.index).map((t) => t.key);
  const kept = tasks.length === 0 && problems.length === 0 && ledger.reuse ? keptOutput(ledger.dir, o.out, keys, o.license) : undefined;
  if (kept) return keptRun(o, hits, kept, started);
  const pruned = ledger.prune(); // stale entries go while the records are processed
  pruned.catch(() => {}); // awaited below; a run that fails before then reports its own error
  const jobs = jobsFor(o, tasks.length);
  o.onEvent?.({ event: 'start', total: files.length, jobs, cached: hits.length });
  const settle = settler(o, corpus, times, files.length, started);
  const withLines = entityLinesReader(ledger);
  for (const h of hits) settle(h.index, h.key, { cached: true, meta: withLines(h.key, h.meta) });
  const runner = runnerFor(o, jobs, tasks.length, ctx, ledger);
  try {
    await Promise.all(tasks.map(async (t) => settle(t.index, t.key, await runner.run(t))));
  } finally {
    await runner.close();
  }
  corpus.closing(ctx.wikidata.close());
  const result = await timedAsync(times, 'assemble', () => corpus.write(o.out, ledger, { license: o.license }));
  await pruned;
  writeStamp(ledger.dir, o.out, keys, o.license, { triples: result.triples, entities: result.entities, links: result.links, failedRecords: result.failedRecords });
  const stages = inSeconds(times);
  const seconds = (performance.now() - started) / 1000;
  o.onEvent?.({ event: 'end', records: files.length, failed: result.failedRecords, cached: hits.length, triples: result.triples, seconds, stages, peakRssBytes: peakRssBytes(), jobs });
  return { ...result, cached: hits.length, stages };
}

export interface LinkFilesOptions extends WikidataOptions { base: string; authority?: string }
export interface LinkFilesResult { records: LinkedRecord[]; findings: Finding[]; failedRecords: number }

/** Read, ingest, extract and link every input record; names the authority lacks are reconciled (cache, or online). */
export async function linkFiles(inputs: string[], options: LinkFilesOptions = { base: DEFAULT_BASE }): Promise<LinkFilesResult> {
  const authority: Authority = loadAuthority(options.authority);
  const { files, problems } = listRecordFiles(inputs);
  const findings = problems.map((p) => finding('read-failed', 'read', p.path, { reason: p.reason }));
  const wikidata = openWikidata(options);
  const records: LinkedRecord[] = [];
  for (const file of files) {
    const r = parseFile(file, findings);
    if (!r) continue;
    const extracted = extract(r, authority);
    const { reconciled, findings: more } = await wikidata.reconcile(r, extracted);
    records.push(link(r, { ...extracted, findings: [...r.findings, ...extracted.findings, ...more] }, authority, reconciled));
  }
  findings.push(...records.flatMap((r) => r.findings), ...wikidata.close());
  return { records, findings, failedRecords: problems.length + files.length - records.length };
}

/** Reads and ingests one file; a file that cannot be read is a finding, not a crash. */
export function parseFile(file: string, findings?: Finding[]): SourceRecord | null {
  try {
    return ingest(readRecord(file));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    findings?.push(finding('read-failed', 'read', file, { reason }));
    return null;
  }
}
