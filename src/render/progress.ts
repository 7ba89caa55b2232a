// Progress of a run as it goes: a one-line bar on a terminal, or newline-delimited JSON events for machines.
import type { RecordEvent, RunEvent } from '../run/events.js';

export type LogFormat = 'text' | 'json';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** `[#####-----] 120/1000 12% · 35.2 rec/s · ETA 00:25 · 3 failed · 40 cached`, fitted to `columns`. */
export function progressLine(e: RecordEvent, columns = 80): string {
  const rate = e.elapsedMs > 0 ? (e.done / e.elapsedMs) * 1000 : 0;
  const eta = rate > 0 ? (e.total - e.done) / rate : Number.POSITIVE_INFINITY;
  const pct = e.total > 0 ? Math.floor((e.done / e.total) * 100) : 100;
  const tail = [`${e.done}/${e.total} ${pct}%`, `${rate.toFixed(1)} rec/s`, `ETA ${duration(eta)}`, `${e.failed} failed`];
  if (e.cached > 0) tail.push(`${e.cached} cached`);
  const text = tail.join(' · ');
  const width = Math.max(10, Math.min(40, columns - text.length - 4));
  const filled = e.total > 0 ? Math.round((e.done / e.total) * width) : width;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`.slice(0, Math.max(20, columns - 1));
}

/** One JSON object per line (the `event` field says which: start, record, end). */
export function jsonEventLine(e: RunEvent): string {
  return `${JSON.stringify(e)}\n`;
}

/**
 * The progress reporter for `lodscribe run`: JSON events with `--log-format json`; a bar redrawn at most ten times a
 * second when the stream is a terminal (cleared at the end, before the summary); nothing otherwise.
 */
export function progressReporter(format: LogFormat, stream: ProgressStream): ((e: RunEvent) => void) | undefined {
  if (format === 'json') return (e) => stream.write(jsonEventLine(e));
  if (!stream.isTTY) return undefined;
  let last = 0;
  return (e) => {
    if (e.event === 'end') stream.write('\r\u001b[2K');
    if (e.event !== 'record') return;
    const now = Date.now();
    if (now - last < 100 && e.done < e.total) return;
    last = now;
    stream.write(`\r\u001b[2K${progressLine(e, stream.columns ?? 80)}`);
  };
}
