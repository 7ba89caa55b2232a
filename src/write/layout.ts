// The output folder layout of DESIGN.md §6: file names from record ids only, and a guard before replacing a folder.
import { readdir, stat } from 'node:fs/promises';
import { safeFileName } from '../rdf/iri.js';

/** The entries lodscribe writes at the top of an output folder; nothing else may be there when it is replaced. */
export const OUTPUT_ENTRIES = ['dataset.nq', 'records', 'reports', 'void.ttl'] as const;

export const DATASET_FILE = 'dataset.nq';
export const VOID_FILE = 'void.ttl';
export const SUMMARY_FILE = 'reports/summary.txt';

/**
 * The output cannot be written as asked: `refused` for a folder in the way (a file, or one holding what lodscribe did
 * not write), `duplicate-record-id` for two records that would share a file. Not a crash: the CLI says why in one line.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly code: 'output-refused' | 'duplicate-record-id',
    /** The output folder, or the record id concerned. */
    readonly subject: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const recordTurtlePath = (name: string): string => `records/${name}.ttl`;
export const recordJsonLdPath = (name: string): string => `records/${name}.jsonld`;
export const reportPath = (name: string): string => `reports/${name}.ttl`;

/**
 * Record id → file name (`safeFileName`), checking that no two distinct ids share a name and no id comes twice.
 * Returns the ids sorted by file name, so the output does not depend on the order records arrive in.
 */
export function fileNames(recordIds: readonly string[], what: string): Map<string, string> {
  const byName = new Map<string, string>();
  for (const id of recordIds) {
    const name = safeFileName(id);
    const other = byName.get(name);
    if (other !== undefined) {
      const reason = other === id ? `the ${what} ${JSON.stringify(id)} comes twice` : `the ${what}s ${JSON.stringify(other)} and ${JSON.stringify(id)} share the file name ${name}`;
      throw new OutputError('duplicate-record-id', id, `Cannot write the output: ${reason}`);
    }
    byName.set(name, id);
  }
  const sorted = [...byName.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map(([name, id]) => [id, name]));
}

/**
 * Throws unless `dir` is absent, empty, or holds only what lodscribe writes: replacing a folder removes it, so a
 * mistaken `--out .` or `--out ~` must not delete a project or a home folder.
 */
export async function assertReplaceable(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  if (!info.isDirectory()) throw new OutputError('output-refused', dir, `Cannot write the output to ${dir}: it exists and is not a folder`);
  const foreign = (await readdir(dir)).filter((entry) => !(OUTPUT_ENTRIES as readonly string[]).includes(entry));
  if (foreign.length > 0) {
    const shown = foreign.sort().slice(0, 3).join(', ');
    throw new OutputError('output-refused', dir, `Refusing to replace ${dir}: it holds ${shown}${foreign.length > 3 ? ', …' : ''}, which lodscribe did not write`);
  }
}
