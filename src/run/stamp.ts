// The output folder's stamp (the record keys and options that made it, its files' sizes and times) → whether a re-run can keep it.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** What a run that kept the output reports: the figures of the run that wrote it. */
export interface StampedResult { triples: number; entities: number; links: number; failedRecords: number }

interface Stamp {
  format: typeof FORMAT;
  out: string;
  /** The ledger keys of the records, in input order (the key covers the file, its text, the options and the code). */
  keys: string[];
  license: string;
  /** Every file of the output folder: size and modification time, as written. */
  files: Record<string, [number, number]>;
  result: StampedResult;
}

const FORMAT = 'lodscribe-output-stamp-1';
const stampFile = (ledgerDir: string): string => join(ledgerDir, 'output-stamp.json');

function listFiles(out: string): string[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(out, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

function statFiles(out: string): Record<string, [number, number]> {
  const files: Record<string, [number, number]> = Object.create(null) as Record<string, [number, number]>;
  for (const rel of listFiles(out)) {
    const s = statSync(join(out, rel));
    files[rel] = [s.size, s.mtimeMs];
  }
  return files;
}

/** Records which keys and options made the output folder `out` and what its files look like now (after writing it). */
export function writeStamp(ledgerDir: string, out: string, keys: readonly string[], license: string | undefined, result: StampedResult): void {
  const stamp: Stamp = { format: FORMAT, out: resolve(out), keys: [...keys], license: license ?? '', files: statFiles(out), result };
  const path = stampFile(ledgerDir);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(stamp));
  renameSync(temp, path);
}

/**
 * The stamped figures when `out` is exactly what the same records with the same options wrote last time (every file
 * there with the size and time it was written with, and no other file); undefined when anything differs or is unreadable.
 */
export function keptOutput(ledgerDir: string, out: string, keys: readonly string[], license: string | undefined): { result: StampedResult; files: string[] } | undefined {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile(ledgerDir), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
  if (stamp.format !== FORMAT || stamp.out !== resolve(out) || stamp.license !== (license ?? '')) return undefined;
  if (stamp.keys.length !== keys.length || stamp.keys.some((k, i) => k !== keys[i])) return undefined;
  let now: Record<string, [number, number]>;
  try {
    now = statFiles(out);
  } catch {
    return undefined;
  }
  const names = Object.keys(stamp.files);
  if (names.length !== Object.keys(now).length) return undefined;
  for (const name of names) {
    const [size, mtime] = stamp.files[name]!;
    if (now[name]?.[0] !== size || now[name]?.[1] !== mtime) return undefined;
  }
  return { result: stamp.result, files: names };
}
