// `lodscribe run`: record files → the whole pipeline into the output folder, rendered as a summary.
import type { Outcome } from '../exit.js';
import { formatFinding } from '../findings.js';
import { runPipeline, type RunOptions } from '../pipeline.js';
import { runSummary } from '../render/summary.js';
import { usageOrThrow } from './link.js';
import type { Rendered } from './parse.js';

export async function runCommand(options: RunOptions): Promise<Rendered> {
  try {
    const started = Date.now();
    const result = await runPipeline(options);
    const problems = result.findings.filter((f) => f.severity === 'error').map(formatFinding);
    const failed = result.records.filter((r) => !r.published).map((r) => `${r.recordId}: not published (${reason(r)}); see reports/${r.recordId}.ttl`);
    const outcome: Outcome = { kind: 'done', failedRecords: result.failedRecords, violations: result.records.reduce((n, r) => n + r.violations, 0) };
    return { stdout: runSummary(result, options.out, Date.now() - started), stderr: [...problems, ...failed].join('\n'), outcome };
  } catch (e) {
    return usageOrThrow(e);
  }
}

function reason(r: { violations: number; findings: { severity: string }[] }): string {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  return [r.violations ? `${r.violations} SHACL violation(s)` : '', errors ? `${errors} error finding(s)` : ''].filter(Boolean).join(', ');
}
