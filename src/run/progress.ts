// Records as they are done (processed or from the ledger) → the corpus, the stage times and progress events.
import type { RunOptions, RunResult } from '../pipeline.js';
import type { Corpus } from './corpus.js';
import { addTimes, peakRssBytes, type StageTimes } from './events.js';
import type { Hit } from './lookup.js';
import type { TaskResult } from './pool.js';
import type { RecordMeta } from './process.js';
import type { StampedResult } from './stamp.js';

type Progress = Pick<RunOptions, 'onRecord' | 'onEvent'>;
/** A record taken from the ledger, its entity lines read. */
export type Cached = { cached: true; meta: RecordMeta };

/** What happens when a record is done (from a task or the cache): into the corpus, its times added, progress told. */
export function settler(o: Progress, corpus: Corpus, times: StageTimes, total: number, started: number) {
  const progress = { done: 0, failed: 0, cached: 0 };
  return (index: number, key: string, r: TaskResult | Cached): void => {
    if ('times' in r) addTimes(times, r.times);
    progress.done++;
    let told: { recordId: string; published: boolean };
    if ('failure' in r) { // a file that could not be read once listed: its finding names the file
      corpus.fail(index, r.failure);
      told = { recordId: r.failure.recordId, published: false };
    } else {
      const outcome = corpus.add(index, key, r.meta);
      if ('cached' in r) progress.cached++;
      o.onRecord?.(outcome, index, total);
      told = { recordId: outcome.recordId, published: outcome.published };
    }
    if (!told.published) progress.failed++;
    o.onEvent?.({ event: 'record', ...progress, total, ...told, fromCache: 'cached' in r, elapsedMs: performance.now() - started });
  };
}

/** An unchanged re-run over an output folder nobody touched: the output is kept as it is, nothing is rewritten. */
export function keptRun(o: Progress, hits: readonly Hit[], kept: { result: StampedResult; files: string[] }, started: number): RunResult {
  const records = [...hits].sort((a, b) => a.index - b.index).map((h) => h.meta.outcome);
  o.onEvent?.({ event: 'start', total: records.length, jobs: 0, cached: records.length });
  const progress = { done: 0, failed: 0, cached: 0 };
  for (const [i, r] of records.entries()) {
    Object.assign(progress, { done: progress.done + 1, cached: progress.cached + 1, failed: progress.failed + (r.published ? 0 : 1) });
    o.onRecord?.(r, i, records.length);
    o.onEvent?.({ event: 'record', ...progress, total: records.length, recordId: r.recordId, published: r.published, fromCache: true, elapsedMs: performance.now() - started });
  }
  const seconds = (performance.now() - started) / 1000;
  o.onEvent?.({ event: 'end', records: records.length, failed: kept.result.failedRecords, cached: records.length, triples: kept.result.triples, seconds, stages: {}, peakRssBytes: peakRssBytes(), jobs: 0 });
  return { ...kept.result, records, findings: records.flatMap((r) => r.findings), files: kept.files, cached: records.length, stages: {}, upToDate: true };
}
