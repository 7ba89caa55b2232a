// A query worker thread: its own embedded store of the dataset, one query or page at a time, the answer already written.
import { statSync } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { checkQuery, executeQueryCapped, QuerySyntaxError, type CappedResult } from '../rdf/comunica.js';
import { EmbeddedStore } from '../rdf/oxigraph.js';
import { storeJson, storeResult } from '../rdf/oxigraph-results.js';
import { storeSource } from '../rdf/oxigraph-source.js';
import { sourceFile } from '../stages/query.js';
import { ServedData } from './data.js';
import { QUERY_WORKER_ROLE, type DatasetInfo, type Job, type PageJob, type QueryJob, type QueryReply, type WorkerData } from './query-pool.js';
import { pageReply } from './resource.js';
import { serializeResult } from './results.js';

/** The query's solutions or triples: the store answers it whole; SERVICE (or no plan) goes through Comunica over the store. */
async function run(store: EmbeddedStore, job: QueryJob): Promise<CappedResult> {
  const plan = job.plan;
  if (!plan || plan.engine === 'comunica') return executeQueryCapped(job.sparql, [storeSource(store)], job.maxRows);
  const retyping = { variables: plan.retyped, predicates: store.typedPredicates };
  return storeResult(store.query(job.sparql, plan.form, plan.union), retyping, job.maxRows);
}

const tooLarge = (id: number, what: string): QueryReply =>
  ({ id, ok: false, reason: 'too-large', message: `the result ${what} (this endpoint's cap): narrow the query or use LIMIT and OFFSET` });

/** The answer written: SPARQL JSON of a SELECT straight from the store; anything else through terms and our writers. */
async function written(store: EmbeddedStore, job: QueryJob): Promise<string | undefined> {
  const plan = job.plan;
  if (plan?.engine === 'store' && plan.form === 'select' && job.format === 'json') {
    const answer = store.query(job.sparql, 'select', plan.union);
    return answer.kind === 'json' ? storeJson(answer.text, { variables: plan.retyped, predicates: store.typedPredicates }, job.maxRows) : undefined;
  }
  const { result, overflow } = await run(store, job);
  return overflow ? undefined : serializeResult(result, job.format);
}

/** A trap inside the WebAssembly store (out of memory, a panic) may leave it damaged: its worker is then replaced. */
const trapped = (e: unknown): e is Error => e instanceof Error && e.name === 'RuntimeError';

/** Runs one query: at most maxRows rows or triples, at most maxBytes written, else a refusal saying which cap. */
export async function answer(store: EmbeddedStore, job: QueryJob): Promise<QueryReply> {
  const { id } = job;
  try {
    const body = await written(store, job);
    if (body === undefined) return tooLarge(id, `has more than ${job.maxRows} rows or triples`);
    if (Buffer.byteLength(body, 'utf8') > job.maxBytes) return tooLarge(id, `is larger than ${job.maxBytes} bytes`);
    return { id, ok: true, body };
  } catch (e) {
    if (trapped(e)) return { id, ok: false, reason: 'failed', message: `the store failed: ${e.message}`, retire: true };
    return { id, ok: false, reason: e instanceof QuerySyntaxError ? 'syntax' : 'failed', message: (e as Error).message };
  }
}

/** A page (index, resource or document path) answered from this worker's store. */
async function page(data: ServedData, job: PageJob): Promise<QueryReply> {
  try {
    const reply = await pageReply(data, new URL(`http://localhost${job.page.target}`), job.page.accept);
    return { id: job.id, ok: true, ...reply };
  } catch (e) {
    return { id: job.id, ok: false, reason: 'failed', message: (e as Error).stack ?? String(e), retire: trapped(e) };
  }
}

/** Tells the pool how many bytes of the file the store has taken in, at most four times a second. */
function loadReporter(port: MessagePort, path: string): (bytes: number) => void {
  const total = statSync(path).size;
  let read = 0;
  let told = 0;
  return (bytes) => {
    read += bytes;
    if (Date.now() - told < 250 && read < total) return;
    told = Date.now();
    port.postMessage({ loading: { read, total } });
  };
}

async function serve(port: MessagePort, file: string, base: string): Promise<void> {
  let data: ServedData;
  let store: EmbeddedStore;
  try {
    const path = sourceFile(file);
    store = await EmbeddedStore.load(path, loadReporter(port, path));
    data = ServedData.over(store, base);
  } catch (e) {
    port.postMessage({ fatal: `a query worker could not load the dataset: ${(e as Error).message}` }); // the message names the file
    return;
  }
  port.on('message', (job: Job) => {
    void ('page' in job ? page(data, job) : answer(store, job)).then((reply) => port.postMessage(reply));
  });
  const info: DatasetInfo = { graphs: data.graphIris(), typedPredicates: [...store.typedPredicates] };
  port.postMessage({ ready: true, info });
  void checkQuery('ASK {}').catch(() => {}); // loads Comunica (for SERVICE) while no query waits
}

const data = workerData as Partial<WorkerData> | null;
if (parentPort && data?.role === QUERY_WORKER_ROLE) void serve(parentPort, data.file ?? '', data.base ?? '');
