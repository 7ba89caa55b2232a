// Read stage: input paths (files or folders) → the record files to process, in a stable order, with their sidecars.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_RECORD_BYTES } from '../ingest/limits.js';
import type { RecordInput } from './ingest.js';

/** The example records bundled with lodscribe, used when no input is named. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/records/', import.meta.url));

export interface InputProblem { path: string; reason: string }

/** Record files (`*.txt`) named directly or found below the named folders, sorted by path, without duplicates. */
export function listRecordFiles(inputs: string[]): { files: string[]; problems: InputProblem[] } {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  for (const input of inputs.length ? inputs : [EXAMPLES_DIR]) {
    const path = resolve(input);
    if (!existsSync(path)) problems.push({ path: input, reason: 'no such file or folder' });
    else if (statSync(path).isDirectory()) for (const f of walk(path)) files.add(f);
    else files.add(path);
  }
  return { files: [...files].sort(), problems };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.')) return walk(path);
      return e.isFile() && e.name.endsWith('.txt') ? [path] : [];
    });
}

/**
 * The bytes of a record file and of its `<name>.json` sidecar, if there is one. A file over MAX_RECORD_BYTES is not
 * read: its input carries only its size, and ingest refuses it with a `too-large` finding.
 */
export function readRecord(path: string): RecordInput {
  const size = statSync(path).size;
  if (size > MAX_RECORD_BYTES) return { file: basename(path), bytes: new Uint8Array(0), size };
  const input: RecordInput = { file: basename(path), bytes: readFileSync(path) };
  const sidecar = path.replace(/\.txt$/, '.json');
  if (sidecar !== path && existsSync(sidecar)) input.sidecar = { file: basename(sidecar), bytes: readFileSync(sidecar) };
  return input;
}
