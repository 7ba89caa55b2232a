// `lodscribe query --timeout <ms>`: the query runs in a worker thread that is terminated at its deadline, whatever it does.
import { Worker } from 'node:worker_threads';
import { workerModule } from '../worker-module.js';
import type { Rendered } from './parse.js';
import type { QueryCommandOptions, Sink } from './query.js';
import { QUERY_COMMAND_ROLE, type QueryWorkerData } from './query-worker.js';

type Message = { started: true } | { chunk: string } | { rendered: Rendered };

/** What the caller may hear of the run: when the engine has loaded, and where rows go as they arrive (see queryCommand). */
export interface DeadlineHooks { onStarted?: () => void; out?: Sink }

const failedWith = (stderr: string): Rendered => ({ stdout: '', stderr, outcome: { kind: 'done', failedRecords: 1, violations: 0 } });

/**
 * Runs the query command in a worker; `timeoutMs` counts from when the worker has loaded the engine. At the deadline
 * the worker is terminated (Comunica can block its thread for long stretches, so nothing less stops it for sure).
 * Rows the worker streams are written to `hooks.out` one piece at a time (the worker waits for each to be taken), or
 * without `out` kept and returned in `stdout`.
 */
export function queryWithin(query: string, options: Omit<QueryCommandOptions, 'timeout'>, timeoutMs: number, label: string, hooks: DeadlineHooks = {}): Promise<Rendered> {
  const data: QueryWorkerData = { role: QUERY_COMMAND_ROLE, query, options: { source: [...options.source], format: options.format }, streams: hooks.out !== undefined };
  const worker = new Worker(workerModule(import.meta.url, 'commands/query-worker.js'), { workerData: data });
  return new Promise<Rendered>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let ended = false;
    const done = (r: Rendered): void => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      resolve(r);
      void worker.terminate();
    };
    const timedOut = (): void => done(failedWith(`${label}: query: error query-timeout: the query did not finish within ${timeoutMs} ms and was stopped`));
    const take = (chunk: string): void => {
      void hooks.out?.(chunk).then(
        () => worker.postMessage('taken'),
        () => done({ stdout: '', stderr: '', outcome: { kind: 'done', failedRecords: 0, violations: 0 } }), // the reader went away
      );
    };
    worker.on('message', (m: Message) => {
      if ('started' in m) {
        timer = setTimeout(timedOut, timeoutMs);
        hooks.onStarted?.();
      } else if ('chunk' in m) take(m.chunk);
      else done(m.rendered);
    });
    worker.on('error', (error) => done(failedWith(`${label}: query: error query-failed: ${error.message}`)));
    worker.on('exit', () => done(failedWith(`${label}: query: error query-failed: the query worker stopped`)));
  });
}
