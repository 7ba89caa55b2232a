// Output folders as text, compared with the run's start and end times masked (the only bytes that differ between runs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, by relative path, with its text. */
export function readTree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of readTree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(dir, rel), 'utf8'));
  }
  return files;
}

const mask = (text: string) => text.replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/g, '"<run time>"');

/** Same files with the same bytes, run times aside. */
export function sameOutput(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, text] of a) if (b.get(file) === undefined || mask(b.get(file)!) !== mask(text)) return false;
  return true;
}
