// Progress of a publish as it goes: a one-line bar on a terminal, or newline-delimited JSON events for machines.
import type { GraphReport, PublishResult } from '../stages/store.js';
import { barLine, duration, etaSeconds, jsonEventLine, terminalBar, type LogFormat, type ProgressStream } from './progress.js';

export interface PublishStartEvent { event: 'start'; total: number }
export interface PublishGraphEvent {
  event: 'graph';
  /** Graphs done so far (written, unchanged, compared or failed), of `total`. */
  done: number;
  total: number;
  failed: number;
  /** Triples of the graphs written so far. */
  triples: number;
  graph: string;
  action: GraphReport['action'];
  method?: GraphReport['method'];
  /** Since the first pass ended (the start event). */
  elapsedMs: number;
}
export interface PublishEndEvent { event: 'end'; graphs: number; written: number; unchanged: number; failed: number; triples: number; requests: number; seconds: number }
export type PublishEvent = PublishStartEvent | PublishGraphEvent | PublishEndEvent;

const n = (x: number): string => x.toLocaleString('en-US');

/** `[#####-----] 1200/10003 11% · 52,310 triples/s · ETA 02:41 · 0 failed`, fitted to `columns`. */
export function publishLine(e: PublishGraphEvent, columns = 80): string {
  const rate = e.elapsedMs > 0 ? Math.round((e.triples * 1000) / e.elapsedMs) : 0;
  return barLine(e.done, e.total, [`${n(rate)} triples/s`, `ETA ${duration(etaSeconds(e.done, e.total, e.elapsedMs))}`, `${e.failed} failed`], columns);
}

/** The end event of a finished publish. */
export function publishEnd(r: PublishResult): PublishEndEvent {
  return { event: 'end', graphs: r.graphs.length, written: r.written, unchanged: r.unchanged, failed: r.failed, triples: r.triplesWritten, requests: r.requests, seconds: r.ms / 1000 };
}

export interface PublishProgress {
  onStart: (graphs: number) => void;
  onGraph: (report: GraphReport) => void;
  end: (r: PublishResult) => void;
}

/** The events of a publish as they happen, each given to `emit`. */
function publishEvents(emit: (e: PublishEvent) => void, now: () => number): PublishProgress {
  const state = { started: now(), total: 0, done: 0, failed: 0, triples: 0 };
  return {
    onStart: (graphs) => {
      Object.assign(state, { started: now(), total: graphs });
      emit({ event: 'start', total: graphs });
    },
    onGraph: (g) => {
      state.done++;
      if (g.action === 'failed') state.failed++;
      if (g.action === 'written') state.triples += g.triples;
      const { done, total, failed, triples } = state;
      emit({ event: 'graph', done, total, failed, triples, graph: g.graph, action: g.action, ...(g.method ? { method: g.method } : {}), elapsedMs: now() - state.started });
    },
    end: (r) => emit(publishEnd(r)),
  };
}

/**
 * The progress reporter for `lodscribe publish`, as for `run`: JSON events with `--log-format json`; a bar on a
 * terminal, redrawn at most ten times a second and cleared before the summary; nothing otherwise. `clean` takes
 * secrets out of every line written.
 */
export function publishReporter(format: LogFormat, stream: ProgressStream, clean: (text: string) => string = (t) => t, now = Date.now): PublishProgress | undefined {
  if (format === 'json') return publishEvents((e) => stream.write(clean(jsonEventLine(e))), now);
  if (!stream.isTTY) return undefined;
  const bar = terminalBar(stream);
  return publishEvents((e) => {
    if (e.event === 'end') bar.clear();
    if (e.event === 'graph') bar.draw(() => clean(publishLine(e, stream.columns || 80)), e.done >= e.total);
  }, now);
}
