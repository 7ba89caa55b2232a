// What a run tells as it goes: progress events for renderers, and per-stage timings summed over the records.

/** The stages a record goes through (timed in whichever thread runs it), and the run's own steps. */
export const STAGES = ['hash', 'read', 'ingest', 'extract', 'link', 'map', 'validate', 'turtle', 'jsonld', 'nquads', 'cache', 'assemble'] as const;
export type StageName = (typeof STAGES)[number];

/** Milliseconds per stage; record stages are summed over records (CPU time across workers), so they may exceed wall time. */
export type StageTimes = Partial<Record<StageName, number>>;

export interface StartEvent { event: 'start'; total: number; jobs: number; cached: number }
export interface RecordEvent {
  event: 'record';
  done: number;
  total: number;
  failed: number;
  cached: number;
  recordId: string;
  published: boolean;
  fromCache: boolean;
  elapsedMs: number;
}
export interface EndEvent {
  event: 'end';
  records: number;
  failed: number;
  cached: number;
  triples: number;
  seconds: number;
  /** Seconds per stage (record stages summed over records). */
  stages: Record<string, number>;
  peakRssBytes: number;
  jobs: number;
}
export type RunEvent = StartEvent | RecordEvent | EndEvent;

/** Adds the time `fn` takes to `times[stage]`. */
export function timed<T>(times: StageTimes, stage: StageName, fn: () => T): T {
  const started = performance.now();
  try {
    return fn();
  } finally {
    times[stage] = (times[stage] ?? 0) + performance.now() - started;
  }
}

/** Like `timed`, for async work. */
export async function timedAsync<T>(times: StageTimes, stage: StageName, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await fn();
  } finally {
    times[stage] = (times[stage] ?? 0) + performance.now() - started;
  }
}

/** Adds `more` into `into`. */
export function addTimes(into: StageTimes, more: StageTimes): void {
  for (const [stage, ms] of Object.entries(more) as [StageName, number][]) into[stage] = (into[stage] ?? 0) + ms;
}

/** Stage times in seconds, in pipeline order, rounded to the millisecond. */
export function inSeconds(times: StageTimes): Record<string, number> {
  const out: Record<string, number> = {};
  for (const stage of STAGES) if (times[stage] !== undefined) out[stage] = Math.round(times[stage]!) / 1000;
  return out;
}

/** The peak resident set size of this process (all its threads), in bytes. */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
