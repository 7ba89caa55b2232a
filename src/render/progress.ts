// Progress of a run as it goes: a one-line bar on a terminal, or newline-delimited JSON events for machines.
import type { RecordEvent, RunEvent } from '../run/events.js';

export type LogFormat = 'text' | 'json';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** `[#####-----] <text>`, the bar `fraction` full, fitted to `columns`. */
export function barOf(fraction: number, text: string, columns = 80): string {
  const width = Math.max(10, Math.min(40, columns - text.length - 4));
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`.slice(0, Math.max(20, columns - 1));
}

/** `[#####-----] <done>/<total> <pct>% · <parts…>`, fitted to `columns`. */
export function barLine(done: number, total: number, parts: readonly string[], columns = 80): string {
  const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
  return barOf(total > 0 ? done / total : 1, [`${done}/${total} ${pct}%`, ...parts].join(' · '), columns);
}

/** Seconds left at the rate so far (`done` of `total` in `elapsedMs`). */
export function etaSeconds(done: number, total: number, elapsedMs: number): number {
  return done > 0 && elapsedMs > 0 ? ((total - done) * elapsedMs) / done / 1000 : Number.POSITIVE_INFINITY;
}

/** `[#####-----] 120/1000 12% · 35.2 rec/s · ETA 00:25 · 3 failed · 40 cached`, fitted to `columns`. */
export function progressLine(e: RecordEvent, columns = 80): string {
  const rate = e.elapsedMs > 0 ? (e.done / e.elapsedMs) * 1000 : 0;
  const parts = [`${rate.toFixed(1)} rec/s`, `ETA ${duration(etaSeconds(e.done, e.total, e.elapsedMs))}`, `${e.failed} failed`];
  if (e.cached > 0) parts.push(`${e.cached} cached`);
  return barLine(e.done, e.total, parts, columns);
}

/** One JSON object per line (the `event` field says which: start, record, end). */
export function jsonEventLine(e: object): string {
  return `${JSON.stringify(e)}\n`;
}

/**
 * A bar on a terminal: `draw` redraws it at most ten times a second (always when `last`), `clear` removes it before
 * the summary.
 */
export function terminalBar(stream: ProgressStream): { draw: (line: () => string, last: boolean) => void; clear: () => void } {
  let drawn = 0;
  return {
    draw: (line, last) => {
      const now = Date.now();
      if (now - drawn < 100 && !last) return;
      drawn = now;
      stream.write(`\r\u001b[2K${line()}`);
    },
    clear: () => stream.write('\r\u001b[2K'),
  };
}

/**
 * The progress reporter for `lodscribe run`: JSON events with `--log-format json`; a bar redrawn at most ten times a
 * second when the stream is a terminal (cleared at the end, before the summary); nothing otherwise.
 */
export function progressReporter(format: LogFormat, stream: ProgressStream): ((e: RunEvent) => void) | undefined {
  if (format === 'json') return (e) => stream.write(jsonEventLine(e));
  if (!stream.isTTY) return undefined;
  const bar = terminalBar(stream);
  return (e) => {
    if (e.event === 'end') bar.clear();
    if (e.event === 'record') bar.draw(() => progressLine(e, stream.columns || 80), e.done >= e.total);
  };
}
