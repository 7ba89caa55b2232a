// Progress of serve's stores loading the dataset: a bar on a terminal, else a line every ten seconds.
import { byteSize } from '../byte-size.js';
import type { LoadProgress } from '../serve/query-pool.js';
import { barOf, duration, etaSeconds, terminalBar, type ProgressStream } from './progress.js';


/** `loading the dataset into 2 stores: 45% (1.8 GB of 2 × 2.0 GB) · ETA 00:49`: each store reads the whole file. */
export function loadText(p: LoadProgress, elapsedMs: number, stores: number): string {
  const pct = p.total > 0 ? Math.floor((p.read / p.total) * 100) : 100;
  const into = stores === 1 ? 'one store' : `${stores} stores`;
  const of = stores === 1 ? byteSize(p.total) : `${stores} × ${byteSize(p.total / stores)}`;
  return `loading the dataset into ${into}: ${pct}% (${byteSize(p.read)} of ${of}) · ETA ${duration(etaSeconds(p.read, p.total, elapsedMs))}`;
}

/** On a stream that is not a terminal, a line this often, so that a log shows a long load is going on. */
const LINE_EVERY_MS = 10_000;

/**
 * Shows the load's progress on `stream`: a bar on a terminal (cleared by `done`), otherwise a line every ten seconds
 * (none when the load is quicker than that).
 */
export function loadReporter(stream: ProgressStream, stores: number, now = Date.now): { onLoad: (p: LoadProgress) => void; done: () => void } {
  const started = now();
  if (stream.isTTY) {
    const bar = terminalBar(stream);
    return {
      onLoad: (p) => bar.draw(() => barOf(p.total > 0 ? p.read / p.total : 1, loadText(p, now() - started, stores), stream.columns || 80), p.read >= p.total),
      done: () => bar.clear(),
    };
  }
  let told = started;
  return {
    onLoad: (p) => {
      if (now() - told < LINE_EVERY_MS) return;
      told = now();
      stream.write(`lodscribe serve: ${loadText(p, told - started, stores)}\n`);
    },
    done: () => {},
  };
}
