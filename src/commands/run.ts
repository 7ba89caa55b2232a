// `lodscribe run`: record files → the pipeline's results, rendered as outlines and a summary.
import type { Outcome } from '../exit.js';
import { formatFinding } from '../findings.js';
import { runPipeline } from '../pipeline.js';
import { outline } from '../render/outline.js';
import type { Rendered } from './parse.js';

export function runCommand(inputs: string[]): Rendered {
  const result = runPipeline({ inputs });
  const out = result.records.map(outline);
  const turns = result.records.reduce((n, r) => n + r.turns.length, 0);
  out.push(`\n${result.records.length} record(s) parsed, ${turns} turns, ${result.findings.length} finding(s), ${result.failedRecords} failed.`);
  const errors = result.findings.filter((f) => f.severity === 'error');
  const outcome: Outcome = { kind: 'done', failedRecords: result.failedRecords, violations: 0 };
  return { stdout: out.join('\n\n'), stderr: errors.map(formatFinding).join('\n'), outcome };
}
