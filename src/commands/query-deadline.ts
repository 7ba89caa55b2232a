// `lodscribe query --timeout <ms>`: the query runs in a worker thread that is terminated at its deadline, whatever it does.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Rendered } from './parse.js';
import type { QueryCommandOptions } from './query.js';
import { QUERY_COMMAND_ROLE, type QueryWorkerData } from './query-worker.js';

/** The compiled worker beside this module, or (when this module runs from the TypeScript sources) the one in dist/. */
function workerUrl(): URL {
  const own = new URL('./query-worker.js', import.meta.url);
  return existsSync(fileURLToPath(own)) ? own : new URL('../../dist/commands/query-worker.js', import.meta.url);
}

type Message = { started: true } | { rendered: Rendered };

/**
 * Runs the query command in a worker; `timeoutMs` counts from when the worker has loaded the engine. At the deadline
 * the worker is terminated (Comunica can block its thread for long stretches, so nothing less stops it for sure).
 */
export function queryWithin(query: string, options: Omit<QueryCommandOptions, 'timeout'>, timeoutMs: number, label: string, onStarted?: () => void): Promise<Rendered> {
  const data: QueryWorkerData = { role: QUERY_COMMAND_ROLE, query, options: { source: [...options.source], format: options.format } };
  const worker = new Worker(workerUrl(), { workerData: data });
  return new Promise<Rendered>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const done = (r: Rendered): void => {
      clearTimeout(timer);
      resolve(r);
      void worker.terminate();
    };
    const timedOut = (): void => done({ stdout: '', stderr: `${label}: query: error query-timeout: the query did not finish within ${timeoutMs} ms and was stopped`, outcome: { kind: 'done', failedRecords: 1, violations: 0 } });
    worker.on('message', (m: Message) => {
      if ('started' in m) {
        timer = setTimeout(timedOut, timeoutMs);
        onStarted?.();
      }
      else done(m.rendered);
    });
    worker.on('error', (error) => done({ stdout: '', stderr: `${label}: query: error query-failed: ${error.message}`, outcome: { kind: 'done', failedRecords: 1, violations: 0 } }));
    worker.on('exit', () => done({ stdout: '', stderr: `${label}: query: error query-failed: the query worker stopped`, outcome: { kind: 'done', failedRecords: 1, violations: 0 } }));
  });
}
