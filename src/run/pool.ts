// Runs record tasks in this thread or in worker threads, a bounded number at a time; results come back by task.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { workerModule } from '../worker-module.js';
import type { StageTimes } from './events.js';
import type { Finding } from '../findings.js';
import type { RecordMeta } from './process.js';

export interface Task { index: number; file: string; key: string }
/** A task's outcome; from a worker thread, `meta.entityLines` holds only the lines that worker had not sent before. */
export type TaskResult = { meta: RecordMeta; times: StageTimes } | { failure: Finding; times: StageTimes };

/** What a worker needs to build its own record context (see worker.ts). */
export interface WorkerInit { authority?: string; shapes?: string; base: string; cache?: string; ledgerDir: string }

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

type Slot = (task: Task) => Promise<TaskResult>;

/** A FIFO over `slots`: each slot takes the next task when it is free. */
function queueOver(slots: Slot[], close: () => Promise<void>): Runner {
  const waiting: { task: Task; resolve: (r: TaskResult) => void; reject: (e: unknown) => void }[] = [];
  const idle = [...slots];
  const pump = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const slot = idle.pop()!;
      const next = waiting.shift()!;
      slot(next.task).then(next.resolve, next.reject).finally(() => {
        idle.push(slot);
        pump();
      });
    }
  };
  return {
    run: (task) => new Promise<TaskResult>((resolve, reject) => {
      waiting.push({ task, resolve, reject });
      pump();
    }),
    close,
  };
}

/** One task at a time in this thread. */
export function inlineRunner(run: Slot): Runner {
  return queueOver([run], async () => {});
}

/** `n` worker threads; a task that throws in a worker rejects with the worker's error. */
export function workerRunner(n: number, init: WorkerInit): Runner {
  const workers = Array.from({ length: n }, () => new Worker(workerModule(import.meta.url, 'run/worker.js'), { workerData: init }));
  const slots: Slot[] = workers.map((w) => (task) =>
    new Promise<TaskResult>((resolve, reject) => {
      const done = () => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const onError = (e: unknown) => {
        done();
        reject(e);
      };
      const onExit = (code: number) => {
        done();
        reject(new Error(`worker: stopped (exit code ${code}) while processing ${task.file}`));
      };
      const onMessage = (m: { ok: true; result: TaskResult } | { ok: false; error: string }) => {
        done();
        if (m.ok) resolve(m.result);
        else reject(new Error(`worker: ${m.error}`));
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(task);
    }));
  return queueOver(slots, async () => {
    await Promise.all(workers.map(endWorker));
  });
}

/** How long an idle worker asked to end may take before it is terminated. */
const END_GRACE_MS = 5_000;

/**
 * Asks an idle worker to end (it closes its port and its thread ends by itself), and terminates it only if it has not
 * within END_GRACE_MS: terminating a thread tears its isolate down wherever it is, which Node 20 has been seen to abort on.
 */
async function endWorker(w: Worker): Promise<void> {
  if (w.threadId === -1) return; // already ended
  const exited = once(w, 'exit').catch(() => undefined); // an 'error' on the way out: the thread is ending anyway
  w.postMessage(null);
  const timer = setTimeout(() => void w.terminate(), END_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
