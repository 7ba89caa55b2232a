// One task in any thread: process the record, write its cache entry, return what the corpus keeps.
import { timed } from './events.js';
import { writeEntry, type Ledger } from './ledger.js';
import type { Task, TaskResult } from './pool.js';
import { processRecord, type RecordContext } from './process.js';

export async function runTask(task: Task, ctx: RecordContext, ledger: Pick<Ledger, 'path'>): Promise<TaskResult> {
  const done = await processRecord(task.file, ctx);
  if ('failure' in done) return done;
  timed(done.times, 'cache', () => writeEntry(ledger, task.key, done.meta, done.texts));
  return { meta: done.meta, times: done.times };
}
