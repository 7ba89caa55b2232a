// A query worker thread: its own copy of the dataset in a store, one query at a time, the answer already written.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { executeQueryCapped, QuerySyntaxError } from '../rdf/comunica.js';
import { Store } from '../rdf/factory.js';
import { readRdfFile } from '../stages/query.js';
import { QUERY_WORKER_ROLE, type QueryJob, type QueryReply, type WorkerData } from './query-pool.js';
import { serializeResult } from './results.js';

/** Runs one query: at most maxRows rows or triples, at most maxBytes written, else a refusal saying which cap. */
export async function answer(store: Store, job: QueryJob): Promise<QueryReply> {
  const { id } = job;
  try {
    const { result, overflow } = await executeQueryCapped(job.sparql, [store], job.maxRows);
    if (overflow) {
      const message = `the result has more than ${job.maxRows} rows or triples (this endpoint's cap): narrow the query or use LIMIT and OFFSET`;
      return { id, ok: false, reason: 'too-large', message };
    }
    const body = await serializeResult(result, job.format);
    if (Buffer.byteLength(body, 'utf8') > job.maxBytes) {
      const message = `the result is larger than ${job.maxBytes} bytes (this endpoint's cap): narrow the query or use LIMIT and OFFSET`;
      return { id, ok: false, reason: 'too-large', message };
    }
    return { id, ok: true, body };
  } catch (e) {
    return { id, ok: false, reason: e instanceof QuerySyntaxError ? 'syntax' : 'failed', message: (e as Error).message };
  }
}

async function serve(port: MessagePort, file: string): Promise<void> {
  const store = new Store();
  try {
    store.addQuads(await readRdfFile(file));
    await executeQueryCapped('ASK { ?s ?p ?o }', [store]); // loads the engine before the first real query
  } catch (e) {
    port.postMessage({ fatal: `the query worker could not load ${file}: ${(e as Error).message}` });
    return;
  }
  port.on('message', (job: QueryJob) => {
    void answer(store, job).then((reply) => port.postMessage(reply));
  });
  port.postMessage({ ready: true });
}

const data = workerData as Partial<WorkerData> | null;
if (parentPort && data?.role === QUERY_WORKER_ROLE) void serve(parentPort, data.file ?? '');
