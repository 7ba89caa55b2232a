// A worker thread: builds its own record context once, then runs each task it is sent and writes the record's cache entry.
import { parentPort, workerData } from 'node:worker_threads';
import { loadAuthority } from '../extract/authority.js';
import { openWikidata } from '../link/session.js';
import { loadShapes } from '../stages/validate.js';
import { Ledger } from './ledger.js';
import type { Task, WorkerInit } from './pool.js';
import { runTask } from './task.js';

const init = workerData as WorkerInit;
const ctx = {
  authority: loadAuthority(init.authority),
  shapes: loadShapes(init.shapes),
  base: init.base,
  // Offline only, and never closed here: workers run only when no review file is written and nothing goes online.
  wikidata: openWikidata(init.cache ? { cache: init.cache } : {}),
};
const ledger = new Ledger(init.ledgerDir, '', false);

parentPort?.on('message', (task: Task) => {
  runTask(task, ctx, ledger).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (e: unknown) => parentPort?.postMessage({ ok: false, error: (e as Error).stack ?? String(e) }),
  );
});
