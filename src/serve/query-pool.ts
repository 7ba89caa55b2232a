// Queries and pages run in worker threads, each with its own store: a job past its deadline is stopped for sure by
// terminating its worker.
import { Worker } from 'node:worker_threads';
import type { QueryForm } from './guard.js';
import type { ResultFormat } from './results.js';

export const QUERY_WORKER_ROLE = 'lodscribe-query-worker';
/** `base`: the base IRI whose IRIs the pages answer. */
export interface WorkerData { role: typeof QUERY_WORKER_ROLE; file: string; base: string }

/** What the main thread needs to know of the dataset, sent by each worker once it has loaded it. */
export interface DatasetInfo { graphs: string[]; typedPredicates: [string, string][] }

/** How a worker runs a query: in its embedded store, or (SERVICE) through Comunica over that store and the remote endpoints. */
export interface JobPlan {
  engine: 'store' | 'comunica';
  form: QueryForm;
  /** The default graph is the union of all graphs (false when the query names its dataset with FROM). */
  union: boolean;
  /** Answer variable → the datatype its integers had in the file (see datatypes.ts). */
  retyped: Record<string, string>;
}

/** Without a plan, a query runs through Comunica. */
export interface QueryJob { id: number; sparql: string; format: ResultFormat; maxRows: number; maxBytes: number; plan?: JobPlan }
/** A page: the request target (path and query string) and its Accept header. */
export interface PageJob { id: number; page: { target: string; accept?: string } }
export type Job = QueryJob | PageJob;
export type QueryReply =
  | { id: number; ok: true; body: string; status?: number; headers?: Record<string, string> }
  | { id: number; ok: false; reason: 'too-large' | 'syntax' | 'failed'; message: string; retire?: boolean };
export type PoolAnswer = QueryReply | { ok: false; reason: 'timeout' | 'unavailable'; message: string };

/** Which script the workers run (tests run the TypeScript source through a loader given in execArgv). */
export interface WorkerSpec { url: URL; execArgv?: string[] }
export const DEFAULT_WORKER: WorkerSpec = { url: new URL('./query-worker.js', import.meta.url) };

const what = (job: Job): string => ('page' in job ? 'page' : 'query');

interface Task { job: Job; resolve: (a: PoolAnswer) => void; timer?: NodeJS.Timeout; slot?: Slot; done: boolean }
interface Slot { worker: Worker; state: 'loading' | 'idle' | 'busy' | 'dead'; task?: Task; ready: Promise<string | undefined>; loading?: LoadProgress }

/** Bytes of the dataset file taken in by the stores, of all they take in (the file's size times the stores). */
export interface LoadProgress { read: number; total: number }

export class QueryPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private fatal = '';
  private dataset: DatasetInfo | undefined;
  private onLoad: ((p: LoadProgress) => void) | undefined;

  /** `file`: the output folder whose dataset.nq each worker loads; `base`: the base IRI its pages answer. */
  constructor(private readonly file: string, private readonly base: string, private readonly size: number, private readonly spec: WorkerSpec = DEFAULT_WORKER) {}

  /** The dataset as the first worker to load it described it (set once start() has resolved). */
  get info(): DatasetInfo {
    if (!this.dataset) throw new Error('the query pool has not started');
    return this.dataset;
  }

  /** Starts the workers and waits until each has loaded the dataset, telling `onLoad` how far they are; throws when none could. */
  async start(onLoad?: (p: LoadProgress) => void): Promise<void> {
    this.onLoad = onLoad;
    for (let i = 0; i < Math.max(1, this.size); i++) this.slots.push(this.spawn());
    const problems = await Promise.all(this.slots.map((s) => s.ready));
    this.onLoad = undefined;
    if (problems.every((p) => p !== undefined)) throw new Error(problems[0]);
  }

  /** One store's progress; the sum over the stores goes to `onLoad` (only while the pool starts). */
  private loaded(slot: Slot, p: LoadProgress): void {
    slot.loading = p;
    if (!this.onLoad || this.slots.some((s) => s.loading === undefined)) return;
    this.onLoad(this.slots.reduce((sum, s) => ({ read: sum.read + (s.loading?.read ?? 0), total: sum.total + (s.loading?.total ?? 0) }), { read: 0, total: 0 }));
  }

  /**
   * Runs a query or a page; answers `timeout` when it has not finished `timeoutMs` after this call (its worker is
   * terminated). `limitMs`, the time limit the answer names, is longer when part of it was spent before this call.
   */
  run(job: Omit<QueryJob, 'id'> | Omit<PageJob, 'id'>, timeoutMs: number, limitMs = timeoutMs): Promise<PoolAnswer> {
    return new Promise((resolve) => {
      const task: Task = { job: { ...job, id: this.nextId++ }, resolve, done: false };
      task.timer = setTimeout(() => this.expire(task, limitMs), timeoutMs);
      this.queue.push(task);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.finish(task, { ok: false, reason: 'unavailable', message: 'the server is closing' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const data: WorkerData = { role: QUERY_WORKER_ROLE, file: this.file, base: this.base };
    const worker = new Worker(this.spec.url, { workerData: data, execArgv: this.spec.execArgv ?? [] });
    let ready: (problem: string | undefined) => void = () => {};
    const slot: Slot = { worker, state: 'loading', ready: new Promise((r) => (ready = r)) };
    worker.on('message', (m: { ready: true; info?: DatasetInfo } | { fatal: string } | { loading: LoadProgress } | QueryReply) => {
      if ('loading' in m) {
        this.loaded(slot, m.loading);
      } else if ('ready' in m) {
        this.dataset ??= m.info;
        slot.state = 'idle';
        ready(undefined);
        this.dispatch();
      } else if ('fatal' in m) {
        this.fatal = m.fatal;
        this.bury(slot);
        ready(this.fatal);
      } else if (slot.task?.job.id === m.id) this.free(slot, m);
    });
    worker.on('error', (e) => this.crash(slot, `the query worker failed: ${e.message}`, ready));
    worker.on('exit', (code) => this.crash(slot, `the query worker stopped (exit code ${code})`, ready));
    return slot;
  }

  /** A worker's answer; a worker whose store may be damaged (a WebAssembly trap) is retired and replaced. */
  private free(slot: Slot, reply: QueryReply): void {
    const task = slot.task;
    slot.task = undefined;
    slot.state = 'idle';
    if (!reply.ok && reply.retire) {
      slot.state = 'dead';
      void slot.worker.terminate();
      this.replace(slot);
    }
    if (task) this.finish(task, reply);
    this.dispatch();
  }

  /** A worker that died by itself: its query fails, and a worker that had been serving is replaced. */
  private crash(slot: Slot, message: string, ready: (problem: string | undefined) => void): void {
    if (slot.state === 'dead') return;
    const wasServing = slot.state !== 'loading';
    this.bury(slot);
    ready(message);
    if (slot.task) this.finish(slot.task, { id: slot.task.job.id, ok: false, reason: 'failed', message });
    if (wasServing) this.replace(slot);
  }

  private bury(slot: Slot): void {
    slot.state = 'dead';
    if (this.slots.every((s) => s.state === 'dead')) {
      for (const task of this.queue.splice(0)) this.finish(task, { ok: false, reason: 'unavailable', message: this.fatal || 'no query worker is running' });
    }
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.state !== 'idle') continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.state = 'busy';
      slot.task = task;
      task.slot = slot;
      slot.worker.postMessage(task.job);
    }
  }

  private expire(task: Task, limitMs: number): void {
    const slot = task.slot;
    if (slot && slot.task === task) {
      slot.task = undefined;
      slot.state = 'dead';
      void slot.worker.terminate();
      this.replace(slot);
      this.finish(task, { ok: false, reason: 'timeout', message: `the ${what(task.job)} did not finish within ${limitMs} ms (this endpoint's time limit) and was stopped` });
      return;
    }
    if (this.queue.includes(task)) this.queue.splice(this.queue.indexOf(task), 1);
    this.finish(task, { ok: false, reason: 'timeout', message: `no worker was free within ${limitMs} ms (this endpoint's time limit): the ${what(task.job)} was not run; try again` });
  }

  private finish(task: Task, result: PoolAnswer): void {
    if (task.done) return;
    task.done = true;
    clearTimeout(task.timer);
    task.resolve(result);
  }
}
