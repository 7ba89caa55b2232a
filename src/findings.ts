// Findings as data: a typed union of codes, one message template per code, and the one-line rendering.

export type Stage = 'read' | 'ingest' | 'extract' | 'link' | 'map' | 'validate' | 'write' | 'publish' | 'query';
export type Severity = 'error' | 'warning' | 'info';

/** Every code a stage may report, with its severity and message template ({name} is filled from args). */
export const FINDINGS = {
  'empty-input': ['error', 'the file holds no text'],
  'binary-input': ['error', 'the file is not text ({reason})'],
  'invalid-utf8': ['warning', '{count} byte sequence(s) are not valid UTF-8 and were replaced by U+FFFD'],
  'bom': ['info', 'a UTF-8 byte order mark was removed'],
  'control-characters': ['warning', '{count} control character(s) in the text'],
  'no-date': ['warning', 'no date line or dated heading was found'],
  'impossible-date': ['error', 'impossible date "{text}": {detail}'],
  'date-mismatch': ['warning', 'the date line ({line}) and the dated heading ({heading}) disagree; the date line is kept'],
  'no-title': ['warning', 'no title line was found'],
  'no-body': ['warning', 'the record has no body paragraphs'],
  'no-summary': ['info', 'no summary paragraph before the metadata headings'],
  'duplicate-heading': ['warning', 'the heading "{heading}" appears more than once; values are joined'],
  'unplaced-line': ['warning', 'a line after the metadata headings could not be placed: "{text}"'],
  'unbalanced-bracket': ['warning', 'an unbalanced "{bracket}" in the text'],
  'unclassified-bracket': ['warning', 'the editorial insertion "{text}" could not be classified'],
  'artefact': ['warning', 'a scraping artefact "{text}" was kept out of the published text'],
  'salutation': ['info', '"{text}" ends with a colon but is a salutation, not a speaker turn'],
  'speaker-alias': ['info', 'speaker labels {labels} were taken as one speaker, {speaker}'],
  'sidecar-invalid': ['error', 'the sidecar {file} is not a JSON object: {reason}'],
  'sidecar-unknown-key': ['warning', 'the sidecar key "{key}" is not known and was kept as metadata'],
  'sidecar-override': ['info', 'the sidecar value of {field} replaces the parsed value "{parsed}"'],
  'unlinked-name': ['info', 'the {kind} "{name}" ({count} mention(s)) is not in the authority file; it stays a record-scoped candidate'],
  'map-unresolved-name': ['info', 'the {role} "{name}" matched no linked entity; a record-scoped {kind} was minted for it'],
  'map-unknown-entity': ['warning', 'mention {n} names the entity {key}, which the link stage did not supply; it is left out'],
  'map-bad-mention': ['warning', 'mention {n} at [{start},{end}) is outside the text or inside a scraping artefact; it is left out'],
  'map-mention-text': ['warning', 'mention {n} reads "{text}" but the source has "{exact}" there; the source is quoted'],
  'map-invalid-value': ['warning', 'the {field} "{value}" is not usable ({reason}) and is left out'],
  'review-not-saved': ['warning', 'the review file {file} has rows that cannot be read, so it was not rewritten'],
  'read-failed': ['error', 'the file could not be read: {reason}'],
  'too-large': ['error', 'the record is too large to process ({reason}); it is left out'],
  'review-invalid-row': ['error', 'line {line} of the review file {file} cannot be read: {reason}'],
  'review-invalid-decision': ['warning', 'the review decision "{decision}" for "{name}" is neither a QID (Q123) nor "none"; the name is reconciled as if undecided'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type FindingCode = keyof typeof FINDINGS;

export interface Span {
  /** Offsets in Unicode code points into the source text, end exclusive. */
  start: number;
  end: number;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  stage: Stage;
  recordId: string;
  span?: Span;
  args: Record<string, string | number>;
}

export function finding(
  code: FindingCode,
  stage: Stage,
  recordId: string,
  args: Record<string, string | number> = {},
  span?: Span,
): Finding {
  const f: Finding = { code, severity: FINDINGS[code][0], stage, recordId, args };
  if (span) f.span = span;
  return f;
}

/** The message of a finding, its template filled from its args. */
export function findingMessage(f: Finding): string {
  return FINDINGS[f.code][1].replace(/\{(\w+)\}/g, (_, key: string) => String(f.args[key] ?? `{${key}}`));
}

/** One line naming the record, the stage, the place and the cause. */
export function formatFinding(f: Finding): string {
  const where = f.span ? ` [${f.span.start},${f.span.end})` : '';
  return `${f.recordId}: ${f.stage}: ${f.severity} ${f.code}${where}: ${findingMessage(f)}`;
}
