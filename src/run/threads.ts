// A run's options and its number of records to process → the threads that process them (this one, or workers).
import { availableParallelism } from 'node:os';
import type { RunOptions } from '../pipeline.js';
import type { Ledger } from './ledger.js';
import { inlineRunner, workerRunner, type Runner } from './pool.js';
import type { RecordContext } from './process.js';
import { runTask } from './task.js';

/** Below this many records to process, the default is this thread alone: starting a worker costs about what 10 records do. */
const WORKERS_FROM = 24;

/**
 * How many threads run records: one when the run is online or keeps a review file (both need one session, in order);
 * `jobs` when given; else one per CPU, once there are enough records to repay starting the workers.
 */
export function jobsFor(o: Pick<RunOptions, 'online' | 'review' | 'jobs'>, records: number): number {
  if (o.online || o.review !== undefined) return 1;
  if (o.jobs === undefined && records < WORKERS_FROM) return 1;
  return Math.max(1, Math.min(o.jobs ?? availableParallelism(), records));
}

/** Records in this thread with `ctx`, or in `jobs` workers that each build their own context from the same options. */
export function runnerFor(o: RunOptions, jobs: number, records: number, ctx: RecordContext, ledger: Ledger): Runner {
  if (jobs <= 1 || records <= 1) return inlineRunner((t) => runTask(t, ctx, ledger));
  const files = { ...(o.authority ? { authority: o.authority } : {}), ...(o.shapes ? { shapes: o.shapes } : {}), ...(o.cache ? { cache: o.cache } : {}) };
  return workerRunner(Math.min(jobs, records), { ...files, base: ctx.base, ledgerDir: ledger.dir });
}
