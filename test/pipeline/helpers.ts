// Runs the real pipeline into temporary folders and reads what it wrote.
import { join } from 'node:path';
import { runPipeline, type RunOptions, type RunResult } from '../../src/pipeline.js';
import { tempDir } from '../temp-dir.js';

export async function runInto(inputs: string[] = [], extra: Partial<RunOptions> = {}): Promise<{ out: string; result: RunResult }> {
  const out = join(tempDir('lodscribe-run-'), 'output');
  const result = await runPipeline({ inputs, out, ...extra });
  return { out, result };
}

export { readTree } from '../../bench/tree.js';

/** The run's start and end times are the only timestamps in the output; they are masked to compare two runs. */
export function maskRunTimes(text: string): string {
  return text.replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/g, '"<run time>"');
}
