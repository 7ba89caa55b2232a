// `lodscribe parse`: one record file → its SourceRecord as JSON or as an outline, and the outcome for the exit code.
import type { Outcome } from '../exit.js';
import { formatFinding, type Finding } from '../findings.js';
import { parseFile } from '../pipeline.js';
import { outline } from '../render/outline.js';

export interface Rendered { stdout: string; stderr: string; outcome: Outcome }

export function parseCommand(file: string, format: 'json' | 'outline'): Rendered {
  const findings: Finding[] = [];
  const record = parseFile(file, findings);
  if (!record) return { stdout: '', stderr: findings.map(formatFinding).join('\n'), outcome: { kind: 'done', failedRecords: 1, violations: 0 } };
  const stdout = format === 'json' ? recordJson(record) : outline(record);
  const errors = record.findings.filter((f) => f.severity === 'error');
  return { stdout, stderr: errors.map(formatFinding).join('\n'), outcome: { kind: 'done', failedRecords: errors.length > 0 ? 1 : 0, violations: 0 } };
}

/** The SourceRecord as JSON; a source text over 100,000 characters is shortened (it is the input file). */
export function recordJson(record: object): string {
  return JSON.stringify(record, (key, value: unknown) => (key === 'text' && typeof value === 'string' && value.length > 100_000 ? `${value.slice(0, 100)}…` : value), 2);
}
