// Record files → ledger keys: records whose cached outputs are current (hits) and records to process (tasks).
import type { CachedMeta, Ledger } from './ledger.js';
import type { Task } from './pool.js';
import type { RecordMeta } from './process.js';

/** A record the ledger holds: its meta without the entity lines (an unchanged re-run never reads them). */
export interface Hit { index: number; key: string; meta: CachedMeta }

/** Keys every record file; records whose cached outputs are current are hits, the others become tasks. */
export function lookUp(files: readonly string[], ledger: Ledger): { tasks: Task[]; hits: Hit[] } {
  const tasks: Task[] = [];
  const hits: Hit[] = [];
  for (const [index, file] of files.entries()) {
    let key: string;
    try {
      key = ledger.keyOf(file);
    } catch {
      key = `unreadable-${index}`; // never in the ledger: the task reports the file it cannot read
    }
    const meta = ledger.lookup(key);
    if (meta) hits.push({ index, key, meta });
    else tasks.push({ index, file, key });
  }
  return { tasks, hits };
}

/** A cached record's full meta: its entity lines read from the ledger, each distinct line one string. */
export function entityLinesReader(ledger: Ledger): (key: string, meta: CachedMeta) => RecordMeta {
  // Records share entities, so most entity lines recur: one string each keeps 10,000 cached records in little memory.
  const lines = new Map<string, string>();
  const intern = (line: string): string => lines.get(line) ?? (lines.set(line, line), line);
  return (key, meta) => ({ ...meta, entityLines: ledger.entityLines(key).map(intern) });
}
