// The review file: low-confidence reconciliations as CSV that a person decides (a QID, `none`, or empty), replayed every run.
import type { EntityKind } from '../entities.js';
import { finding, type Finding } from '../findings.js';
import { readCsv, writeCsv } from './csv.js';
import { normalizeName } from './score.js';
import type { ReconcileResult, ScoredCandidate } from './types.js';

export const REVIEW_HEADER = ['name', 'record', 'start', 'end', 'kind', 'candidates', 'decision'] as const;
const KINDS: readonly string[] = ['person', 'place', 'group', 'agreement', 'event'] satisfies EntityKind[];
const QID = /^Q[1-9][0-9]*$/;

export interface ReviewRow {
  name: string;
  record: string;
  start: number;
  end: number;
  kind: EntityKind;
  /** `Q1 label (0.91); Q2 label (0.55)`. */
  candidates: string;
  /** A QID, `none` (never link), or empty (undecided), as the person wrote it. */
  decision: string;
}

export type ReviewDecision = { kind: 'qid'; qid: string } | { kind: 'none' } | { kind: 'undecided' } | { kind: 'invalid' };

export function writeReview(rows: ReviewRow[]): string {
  const cells = rows.map((r) => [r.name, r.record, String(r.start), String(r.end), r.kind, r.candidates, r.decision]);
  return writeCsv([[...REVIEW_HEADER], ...cells]);
}

/** The rows of a review file; a row that cannot be read is an error finding and is left out (do not write the file back then). */
export function readReview(text: string, file = 'review.csv'): { rows: ReviewRow[]; findings: Finding[] } {
  const bad = (line: number, reason: string) => finding('review-invalid-row', 'link', file, { line, file, reason });
  const csv = readCsv(text);
  const findings = csv.error ? [bad(csv.error.line, csv.error.reason)] : [];
  const [header, ...body] = csv.rows;
  if (!header) return { rows: [], findings };
  if (header.fields.join(',') !== REVIEW_HEADER.join(',')) {
    return { rows: [], findings: [...findings, bad(header.line, `the header must be ${REVIEW_HEADER.join(',')}`)] };
  }
  const rows: ReviewRow[] = [];
  for (const { line, fields } of body) {
    const row = toRow(fields);
    if (typeof row === 'string') findings.push(bad(line, row));
    else rows.push(row);
  }
  return { rows, findings };
}

function toRow(f: string[]): ReviewRow | string {
  if (f.length !== REVIEW_HEADER.length) return `${f.length} fields, not ${REVIEW_HEADER.length}`;
  const [name = '', record = '', start = '', end = '', kind = '', candidates = '', decision = ''] = f;
  if (!/^\d+$/.test(start) || !/^\d+$/.test(end)) return `start and end must be offsets, not "${start}", "${end}"`;
  if (!KINDS.includes(kind)) return `unknown kind "${kind}"`;
  if (!name.trim() || !record.trim()) return 'the name and the record may not be empty';
  return { name, record, start: Number(start), end: Number(end), kind: kind as EntityKind, candidates, decision };
}

/** `Q855`, `none` (any case), empty, or invalid (anything else, `q855` included). */
export function parseDecision(text: string): ReviewDecision {
  const t = text.trim();
  if (t === '') return { kind: 'undecided' };
  if (t.toLowerCase() === 'none') return { kind: 'none' };
  return QID.test(t) ? { kind: 'qid', qid: t } : { kind: 'invalid' };
}

/** Rows are matched to names by record, kind and name (case and diacritics ignored), not by offsets. */
export function reviewKey(record: string, kind: EntityKind, name: string): string {
  return `${record}\u0000${kind}\u0000${normalizeName(name)}`;
}

/** The decided rows by key (the first decided row of a key wins), and a finding for every invalid decision. */
export function reviewDecisions(rows: ReviewRow[]): { decisions: Map<string, { row: ReviewRow; decision: ReviewDecision }>; findings: Finding[] } {
  const decisions = new Map<string, { row: ReviewRow; decision: ReviewDecision }>();
  const findings: Finding[] = [];
  for (const row of rows) {
    const decision = parseDecision(row.decision);
    if (decision.kind === 'invalid') {
      const args = { decision: row.decision, name: row.name };
      findings.push(finding('review-invalid-decision', 'link', row.record, args, { start: row.start, end: row.end }));
    }
    const key = reviewKey(row.record, row.kind, row.name);
    if ((decision.kind === 'qid' || decision.kind === 'none') && !decisions.has(key)) decisions.set(key, { row, decision });
  }
  return { decisions, findings };
}

export function formatCandidates(candidates: ScoredCandidate[]): string {
  return candidates.map((c) => `${c.id}${c.label ? ` ${c.label}` : ''} (${c.score.toFixed(2)})`).join('; ');
}

/** The label a row's candidates give a QID (`Q1 label (0.91)` → `label`), if any. */
export function candidateLabel(candidates: string, qid: string): string | undefined {
  const m = new RegExp(`(?:^|; )${qid} (.*?) \\(\\d\\.\\d\\d\\)(?:;|$)`).exec(candidates);
  return m?.[1];
}

/**
 * The review file after a run: decided rows untouched; names sent to review added or their candidates refreshed;
 * undecided rows of names now linked automatically dropped; everything else kept. Sorted by record, offset, name.
 */
export function mergeReview(rows: ReviewRow[], results: ReconcileResult[]): ReviewRow[] {
  const byKey = new Map<string, ReviewRow>();
  const kept: ReviewRow[] = [];
  for (const row of rows) {
    const key = reviewKey(row.record, row.kind, row.name);
    if (!byKey.has(key)) byKey.set(key, row);
    else kept.push(row);
  }
  for (const r of results) {
    const q = r.query;
    const key = reviewKey(q.recordId, q.kind, q.name);
    const old = byKey.get(key);
    const state = old ? parseDecision(old.decision).kind : 'undecided';
    if (r.status === 'review' && state !== 'qid' && state !== 'none') {
      const base = old ?? { name: q.name, record: q.recordId, start: q.span.start, end: q.span.end, kind: q.kind, decision: '' };
      byKey.set(key, { ...base, candidates: formatCandidates(r.candidates) });
    } else if (r.status === 'linked' && r.via !== 'review' && old && state === 'undecided') {
      byKey.delete(key);
    }
  }
  return [...byKey.values(), ...kept].sort(compareRows);
}

function compareRows(a: ReviewRow, b: ReviewRow): number {
  const s = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return s(a.record, b.record) || a.start - b.start || a.end - b.end || s(a.name, b.name) || s(a.kind, b.kind);
}
