// The worker thread of `lodscribe query --timeout`: loads the engine, says so, runs the query and posts what it rendered.
import { parentPort, workerData } from 'node:worker_threads';
import { checkQuery } from '../rdf/comunica.js';
import { queryCommand, type QueryCommandOptions, type Sink } from './query.js';

export const QUERY_COMMAND_ROLE = 'lodscribe-query-command';
export interface QueryWorkerData {
  role: typeof QUERY_COMMAND_ROLE;
  query: string;
  options: Omit<QueryCommandOptions, 'timeout'>;
  /** Whether rows are posted as they arrive (each piece waits until the main thread has taken the one before). */
  streams: boolean;
}

/** Posts a piece of the output and waits until the main thread says it has been written. */
function poster(port: NonNullable<typeof parentPort>): Sink {
  return (chunk) => new Promise((resolve) => {
    port.once('message', () => resolve());
    port.postMessage({ chunk });
  });
}

async function main(port: NonNullable<typeof parentPort>, data: QueryWorkerData): Promise<void> {
  await checkQuery('ASK {}'); // the engine's start-up is not part of the query's time
  port.postMessage({ started: true });
  const rendered = await queryCommand(data.query, data.options, data.streams ? poster(port) : undefined);
  const outcome = rendered.outcome.kind === 'crash' ? { kind: 'crash', error: String((rendered.outcome.error as Error)?.stack ?? rendered.outcome.error) } : rendered.outcome;
  port.postMessage({ rendered: { ...rendered, outcome } });
}

const data = workerData as Partial<QueryWorkerData> | null;
if (parentPort && data?.role === QUERY_COMMAND_ROLE) void main(parentPort, data as QueryWorkerData);
