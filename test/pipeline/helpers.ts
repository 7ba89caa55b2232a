// Runs the real pipeline into temporary folders and reads what it wrote.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type RunOptions, type RunResult } from '../../src/pipeline.js';

export async function runInto(inputs: string[] = [], extra: Partial<RunOptions> = {}): Promise<{ out: string; result: RunResult }> {
  const out = join(mkdtempSync(join(tmpdir(), 'lodscribe-run-')), 'output');
  const result = await runPipeline({ inputs, out, ...extra });
  return { out, result };
}

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

/** The run's start and end times are the only timestamps in the output; they are masked to compare two runs. */
export function maskRunTimes(text: string): string {
  return text.replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/g, '"<run time>"');
}
