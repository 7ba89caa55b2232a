// `lodscribe run`: record files → the whole pipeline into the output folder, rendered as a summary.
import type { Outcome } from '../exit.js';
import { formatFinding } from '../findings.js';
import { runPipeline, type RunOptions } from '../pipeline.js';
import { progressReporter, type LogFormat, type ProgressStream } from '../render/progress.js';
import { runSummary } from '../render/summary.js';
import { CacheDirError } from '../run/ledger.js';
import { recoverOutput } from '../write/recover.js';
import { knownFailure } from './failure.js';
import { usageOrThrow } from './link.js';
import type { Rendered } from './parse.js';

export interface RunCommandOptions extends RunOptions {
  /** `json`: newline-delimited JSON progress events on stderr; `text` (default): a progress bar when stderr is a terminal. */
  logFormat?: LogFormat;
}

export async function runCommand(options: RunCommandOptions, progress: ProgressStream = process.stderr): Promise<Rendered> {
  try {
    const started = Date.now();
    await recoverOutput(options.out);
    const onEvent = progressReporter(options.logFormat ?? 'text', progress);
    const result = await runPipeline(onEvent ? { ...options, onEvent } : options);
    const problems = result.findings.filter((f) => f.severity === 'error').map(formatFinding);
    const violations = result.records.filter((r) => r.violations > 0).map((r) => `${r.recordId}: validate: error shacl-violations: ${r.violations} SHACL violation(s), listed in reports/${r.recordId}.ttl`);
    const failed = result.records.filter((r) => !r.published).map((r) => `${r.recordId}: not published (${reason(r)}); see reports/${r.recordId}.ttl`);
    const outcome: Outcome = { kind: 'done', failedRecords: result.failedRecords, violations: result.records.reduce((n, r) => n + r.violations, 0) };
    return { stdout: runSummary(result, options.out, Date.now() - started), stderr: [...problems, ...violations, ...failed].join('\n'), outcome };
  } catch (e) {
    return knownFailure(e, 'run') ?? usageOrThrow(e);
  }
}

function reason(r: { violations: number; findings: { severity: string }[] }): string {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  return [r.violations ? `${r.violations} SHACL violation(s)` : '', errors ? `${errors} error finding(s)` : ''].filter(Boolean).join(', ');
}
