// A worker thread: builds its own record context once, then runs each task it is sent and writes the record's cache entry.
import { parentPort, workerData } from 'node:worker_threads';
import { loadAuthority } from '../extract/authority.js';
import { openWikidata } from '../link/session.js';
import { loadShapes } from '../stages/validate.js';
import { Ledger } from './ledger.js';
import type { Task, TaskResult, WorkerInit } from './pool.js';
import { runTask } from './task.js';

const init = workerData as WorkerInit;
const ctx = {
  authority: loadAuthority(init.authority),
  shapes: loadShapes(init.shapes, { lazyEngine: true }),
  base: init.base,
  // Offline only, and never closed here: workers run only when no review file is written and nothing goes online.
  wikidata: openWikidata(init.cache ? { cache: init.cache } : {}),
};
const ledger = new Ledger(init.ledgerDir, '', false);

/**
 * Entity lines this worker has sent already. Records share entities: 10,000 records have ~400 lines each but ~16,000
 * distinct ones, and the corpus keeps each line once, so only new ones are sent (the cache entry holds them all).
 */
const sent = new Set<string>();

function newLinesOnly(result: TaskResult): TaskResult {
  if ('failure' in result) return result;
  if (sent.size > 200_000) sent.clear(); // bounded: a line sent again is merely deduplicated by the corpus
  const entityLines = result.meta.entityLines.filter((line) => {
    if (sent.has(line)) return false;
    sent.add(line);
    return true;
  });
  return { ...result, meta: { ...result.meta, entityLines } };
}

parentPort?.on('message', (task: Task | null) => {
  if (task === null) { // the pool is closing: with the port closed, nothing keeps this thread alive
    parentPort?.close();
    return;
  }
  runTask(task, ctx, ledger).then(
    (result) => parentPort?.postMessage({ ok: true, result: newLinesOnly(result) }),
    (e: unknown) => parentPort?.postMessage({ ok: false, error: (e as Error).stack ?? String(e) }),
  );
});
