// Ingest stage: the bytes of a record page (and its JSON sidecar) → a typed SourceRecord with findings.
import { finding, type Finding, type FindingCode } from '../findings.js';
import { parseAttendance } from '../ingest/attendance.js';
import { scanBody } from '../ingest/body.js';
import { buildAsides, buildNotes, buildSegments, buildTurns, span } from '../ingest/build.js';
import { findDate } from '../ingest/dates.js';
import { decodeRecord } from '../ingest/decode.js';
import { parseDuration } from '../ingest/duration.js';
import { scanEditorial, type RawNote } from '../ingest/editorial.js';
import { recordType } from '../ingest/kind.js';
import { layout, type Layout } from '../ingest/layout.js';
import { MAX_RECORD_BYTES, MAX_RECORD_PARTS, overLimit } from '../ingest/limits.js';
import { readMetadata } from '../ingest/metadata-values.js';
import { codePointConverter, sha256Hex, type ToCodePoints } from '../ingest/offsets.js';
import { splitParagraphs, type Paragraph } from '../ingest/paragraphs.js';
import { participants } from '../ingest/participants.js';
import { readSidecar } from '../ingest/sidecar.js';
import { pickDate } from '../ingest/record-date.js';
import { safeFileName } from '../rdf/iri.js';
import type { SourceRecord } from '../record.js';

export interface RecordInput {
  /** The file name (or any name the record came with); its stem is the record id unless the record has its own. */
  file: string;
  bytes: Uint8Array;
  sidecar?: { file: string; bytes: Uint8Array };
  /** The file's size when the read stage left it unread for being over MAX_RECORD_BYTES. */
  size?: number;
}

type Note = (code: FindingCode, args?: Record<string, string | number>, at?: { start: number; end: number }) => void;

/** Parses one record page. Never throws: whatever it cannot place becomes a finding. */
export function ingest(input: RecordInput): SourceRecord {
  const size = input.size ?? input.bytes.length;
  if (size > MAX_RECORD_BYTES) return refused(input, overLimit('bytes', size, MAX_RECORD_BYTES));
  const decoded = decodeRecord(input.bytes);
  const text = decoded.binary ? '' : decoded.text;
  const cp = codePointConverter(text);
  const findings: Finding[] = [];
  const note: Note = (code, args = {}, at) => findings.push(finding(code, 'ingest', '', args, at && span(cp, at.start, at.end)));
  const record = emptyRecord(input, text, cp);
  if (decoded.bom) note('bom');
  if (decoded.invalidSequences > 0) note('invalid-utf8', { count: decoded.invalidSequences });
  if (decoded.binary) note('binary-input', { reason: decoded.binary });
  else if (decoded.controlCharacters > 0) note('control-characters', { count: decoded.controlCharacters });
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0 && !decoded.binary) note('empty-input');
  if (paragraphs.length > 0 && paragraphs.length <= MAX_RECORD_PARTS) fill(record, layout(paragraphs), text, cp, note);
  const parts = Math.max(paragraphs.length, record.segments.length + record.editorial.length + record.asides.length);
  if (parts > MAX_RECORD_PARTS) {
    note('too-large', { reason: overLimit('paragraphs, editorial notes and asides', parts, MAX_RECORD_PARTS) });
    Object.assign(record, { segments: [], turns: [], asides: [], editorial: [], participants: [], duration: null });
  }
  applySidecar(record, input, note);
  record.id = recordId(input.file, record.metadata['Record ID']);
  record.findings = findings.map((f) => ({ ...f, recordId: record.id }));
  return record;
}

function fill(record: SourceRecord, parts: Layout, text: string, cp: ToCodePoints, note: Note): void {
  const cut = (p: Paragraph | undefined) => (p ? { ...span(cp, p.start, p.end), text: p.text } : null);
  record.title = cut(parts.title);
  record.sponsor = cut(parts.sponsor);
  record.summary = cut(parts.summary);
  if (!parts.title) note('no-title');
  record.date = pickDate(parts.dateLine, parts.heading, cp, note);
  if (parts.heading) record.heading = { ...cut(parts.heading)!, ...headingPlace(parts.heading.text) };
  const body = scanBody(parts.body);
  if (parts.body.length === 0) note('no-body');
  else if (!parts.summary && parts.meta.length > 0) note('no-summary');
  for (const s of body.salutations) note('salutation', { text: s.text }, s);
  const notes = [
    ...editorialNotes([...parts.body, ...(parts.summary ? [parts.summary] : [])], note),
    ...editorialNotes(parts.meta, note, false).filter((n) => n.kind === 'artefact'),
  ];
  record.segments = buildSegments(text, cp, body.segments);
  record.turns = buildTurns(text, cp, body.turns, notes);
  record.asides = buildAsides(text, cp, body.turns);
  record.editorial = buildNotes(cp, notes);
  fillBodyFacts(record, parts, cp);
  const meta = readMetadata(parts.meta, note);
  record.metadataFields = meta.fields.map((f) => (f.span ? { ...f, span: span(cp, f.span.start, f.span.end) } : f));
  record.metadata = meta.values;
  record.rights = meta.rights.map((p) => ({ ...span(cp, p.start, p.end), text: p.text }));
  record.type = recordType(record.metadata['Type'], record.title?.text, record.turns.length > 0);
}

/** Attendance, duration and participants, from the body's attendance and duration segments. */
function fillBodyFacts(record: SourceRecord, parts: Layout, cp: ToCodePoints): void {
  const starts = new Set(record.segments.filter((s) => s.kind === 'attendance').map((s) => s.start));
  const attendance = parts.body.find((p) => starts.has(cp(p.start)));
  const attendees = attendance ? parseAttendance(attendance.text).map((a) => ({ ...a, start: attendance.start + a.start, end: attendance.start + a.end })) : [];
  const speakers = [...new Set(record.turns.map((t) => t.speaker))];
  record.participants = participants(attendees, speakers, record.title?.text ?? '').map((p) =>
    p.span ? { ...p, span: span(cp, p.span.start, p.span.end) } : p,
  );
  for (const p of parts.body) {
    const d = parseDuration(p.text);
    if (d) record.duration ??= { iso: d.iso, ...span(cp, p.start + d.start, p.start + d.end), text: p.text.slice(d.start, d.end) };
  }
}

/** Editorial notes of the given paragraphs with source offsets; unbalanced and unclassified brackets are findings. */
function editorialNotes(paragraphs: Paragraph[], note: Note, bodyOnly = true): RawNote[] {
  return paragraphs.flatMap((p) => {
    const scan = scanEditorial(p.text);
    for (const u of bodyOnly ? scan.unbalanced : []) note('unbalanced-bracket', { bracket: u.bracket }, { start: p.start + u.at, end: p.start + u.at + 1 });
    return scan.notes.map((n) => {
      const moved: RawNote = { ...n, start: p.start + n.start, end: p.start + n.end };
      if (n.target) moved.target = { ...n.target, start: p.start + n.target.start, end: p.start + n.target.end };
      if (n.kind === 'artefact') note('artefact', { text: n.text }, moved);
      if (n.kind === 'other' && bodyOnly) note('unclassified-bracket', { text: n.text }, moved);
      return moved;
    });
  });
}

function headingPlace(heading: string): { place?: string } {
  const m = /^(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?),/u.exec(heading);
  const date = findDate(heading);
  return m?.[1] && date && date.start > m[1].length && !findDate(m[1]) ? { place: m[1] } : {};
}

function applySidecar(record: SourceRecord, input: RecordInput, note: Note): void {
  if (!input.sidecar) return;
  const sidecar = readSidecar(new TextDecoder().decode(input.sidecar.bytes));
  if (!sidecar.ok) return note('sidecar-invalid', { file: input.sidecar.file, reason: sidecar.reason });
  for (const key of sidecar.unknown) note('sidecar-unknown-key', { key });
  for (const [field, value] of Object.entries(sidecar.fields)) {
    const parsed = record.metadata[field];
    if (parsed !== undefined && parsed !== value) note('sidecar-override', { field, parsed });
    record.metadata[field] = value;
  }
}

/** The record's own id (sidecar or `Record ID`) when it has one, else the file name's stem; always safe as a file name. */
export function recordId(file: string, own: string | undefined): string {
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const candidate = own?.trim() ? own.trim().toLowerCase() : stem;
  return safeFileName(candidate || 'record');
}

/** A record over the byte limit: nothing of it is decoded; the read stage's `too-large` finding says why. */
function refused(input: RecordInput, reason: string): SourceRecord {
  const record = emptyRecord({ ...input, bytes: new Uint8Array(0) }, '', codePointConverter(''));
  record.id = recordId(input.file, undefined);
  record.findings = [finding('too-large', 'read', record.id, { reason })];
  return record;
}

function emptyRecord(input: RecordInput, text: string, cp: ToCodePoints): SourceRecord {
  return {
    id: '', file: input.file,
    source: { text, sha256: sha256Hex(text), length: cp(text.length), fileSha256: sha256Hex(input.bytes) },
    type: 'document', title: null, date: null, heading: null, sponsor: null, segments: [], turns: [], asides: [],
    participants: [], duration: null, editorial: [], summary: null,
    metadata: Object.create(null) as Record<string, string>, metadataFields: [], rights: [], findings: [],
  };
}
