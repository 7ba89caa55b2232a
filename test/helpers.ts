// Shared test helpers: project paths and parsing a record file from the repository.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/stages/ingest.js';
import { readRecord } from '../src/stages/read.js';
import type { SourceRecord } from '../src/record.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED = `${ROOT}examples/records/000_61cf9e0859bf9235.txt`;
export const FIXTURES = `${ROOT}test/fixtures/records/`;

export function parsePath(path: string): SourceRecord {
  return ingest(readRecord(path));
}

export function parseText(text: string, file = 'test.txt'): SourceRecord {
  return ingest({ file, bytes: new TextEncoder().encode(text) });
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The code points of `text` from `start` to `end`. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
