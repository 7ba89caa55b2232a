// Extract stage: a SourceRecord → mentions of persons, places, groups, agreements and events, with code point offsets.
import type { EntityKind, Mention, MentionSource } from '../entities.js';
import { finding, type Finding, type Span } from '../findings.js';
import type { Authority } from '../extract/authority.js';
import { findCandidates } from '../extract/candidates.js';
import { parseGloss } from '../extract/glosses.js';
import { buildMatcher, type Matcher } from '../extract/matcher.js';
import { recordScopedKey, resolveName, type Unlinked } from '../extract/names.js';
import { codePointConverter, utf16Converter } from '../ingest/offsets.js';
import { sameName } from '../ingest/participants.js';
import { MAX_RECORD_MENTIONS } from '../ingest/limits.js';
import { slugify } from '../rdf/iri.js';
import type { SourceRecord } from '../record.js';

export interface Extracted { mentions: Mention[]; unlinked: Map<string, Unlinked>; findings: Finding[] }

/** A stretch of the source to scan; `names: false` takes only authority names (headers in title case are not names). */
interface Region extends Span { from: MentionSource; turn?: number; names?: boolean }

/** Every mention in the record, sorted by position; names the authority does not know become record-scoped candidates. */
export function extract(record: SourceRecord, authority: Authority): Extracted {
  const text = record.source.text;
  const [toCp, toU16] = [codePointConverter(text), utf16Converter(text)];
  const matcher = buildMatcher(authority, record.date?.iso);
  const out: Extracted = { mentions: [], unlinked: new Map(), findings: [] };
  const add = (m: Omit<Mention, 'recordId'>) => out.mentions.push({ recordId: record.id, ...m });
  const pending: Pending[] = [];
  for (const region of regions(record)) {
    const found = out.mentions.length + pending.length;
    if (found > MAX_RECORD_MENTIONS || scanRegion(record, region, matcher, out, add, [toCp, toU16], pending, MAX_RECORD_MENTIONS - found)) {
      return tooManyMentions(record);
    }
  }
  addCandidates(record, pending, out, add);
  speakers(record, matcher, out, add, toU16);
  attendance(record, matcher, out, toU16);
  if (out.mentions.length > MAX_RECORD_MENTIONS) return tooManyMentions(record);
  attachGlosses(record, out.mentions);
  out.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const u of out.unlinked.values()) {
    out.findings.push(finding('unlinked-name', 'extract', record.id, { name: u.name, kind: u.kind, count: u.count }, u.first));
  }
  return out;
}

/** A record naming more than MAX_RECORD_MENTIONS things: no mentions, one `too-large` error, so it is left out. */
function tooManyMentions(record: SourceRecord): Extracted {
  const reason = `more than ${MAX_RECORD_MENTIONS.toLocaleString('en-US')} mentions, the limit`;
  return { mentions: [], unlinked: new Map(), findings: [finding('too-large', 'extract', record.id, { reason })] };
}

/** Title, body segments (turn paragraphs individually), asides and summary, each with where it stands. */
function regions(r: SourceRecord): Region[] {
  const out: Region[] = [];
  if (r.title) out.push({ start: r.title.start, end: r.title.end, from: 'title' });
  if (r.heading) out.push({ start: r.heading.start, end: r.heading.end, from: 'heading' });
  for (const s of r.segments) if (!['turn', 'attendance'].includes(s.kind)) out.push({ start: s.start, end: s.end, from: 'narration', names: !['header', 'signature'].includes(s.kind) });
  for (const t of r.turns) for (const p of t.paragraphs) out.push({ start: p.start, end: p.end, from: 'turn', turn: t.n });
  for (const s of r.segments) if (s.kind === 'attendance') out.push({ start: s.start, end: s.end, from: 'attendance' });
  if (r.summary) out.push({ start: r.summary.start, end: r.summary.end, from: 'summary' });
  return out;
}

type Add = (m: Omit<Mention, 'recordId'>) => void;

/** A candidate name waiting for its kind: every occurrence of a name votes, the strongest cue wins. */
interface Pending { at: Omit<Mention, 'recordId' | 'text' | 'type' | 'entity'>; text: string; kind: EntityKind; cue: number }

/** Scans one region; returns true (and adds nothing) when it holds more than `room` names. */
function scanRegion(r: SourceRecord, region: Region, matcher: Matcher, out: Extracted, add: Add,
  [toCp, toU16]: [(i: number) => number, (i: number) => number], pending: Pending[], room: number): boolean {
  const text = r.source.text;
  const [from, to] = [toU16(region.start), toU16(region.end)];
  const matches = matcher.match(text, from, to);
  if (matches.length > room) return true;
  const place = (start: number, end: number) => {
    const cp = { start: toCp(start), end: toCp(end) };
    const inNote = r.editorial.some((n) => n.kind !== 'pseudonym' && n.start <= cp.start && cp.end <= n.end);
    const inAside = r.asides.some((a) => a.start <= cp.start && cp.end <= a.end);
    const m = { ...cp, from: inNote ? ('gloss' as const) : inAside ? ('aside' as const) : region.from };
    return region.turn !== undefined ? { ...m, turn: region.turn } : m;
  };
  const people = region.from === 'attendance' ? r.participants.flatMap((p) => (p.span ? [p.span] : [])) : [];
  const free = matches.filter((m) => !people.some((p) => toU16(p.start) < m.end && m.start < toU16(p.end)));
  for (const m of free) add({ ...place(m.start, m.end), text: m.text, type: m.entry.kind, entity: m.entry.key });
  if (region.from === 'heading') {
    headingPlace(r, region, matches, out, add, toCp);
    return false;
  }
  if (region.from === 'title' || region.names === false) return false;
  const notes = r.editorial.map((n) => ({ start: toU16(n.start), end: toU16(n.end) }));
  const taken = [...matches, ...notes, ...people.map((p) => ({ start: toU16(p.start), end: toU16(p.end) }))];
  const candidates = findCandidates(text, from, to, taken);
  if (matches.length + candidates.length > room) return true;
  for (const c of candidates) pending.push({ at: place(c.start, c.end), text: c.text, kind: c.kind, cue: c.cue });
  return false;
}

/** One kind per candidate name: a speaker's or attendee's name is a person; otherwise the strongest cue decides. */
function addCandidates(r: SourceRecord, pending: Pending[], out: Extracted, add: Add): void {
  const people = [...r.turns.map((t) => t.speaker), ...r.participants.map((p) => p.name)];
  const kinds = new Map<string, Pending>();
  for (const p of pending) {
    const id = slugify(p.text);
    const vote = people.some((n) => sameName(n, p.text)) ? { ...p, kind: 'person' as const, cue: 9 } : p;
    if ((kinds.get(id)?.cue ?? -1) < vote.cue) kinds.set(id, vote);
  }
  for (const p of pending) {
    const kind = kinds.get(slugify(p.text))?.kind ?? p.kind;
    add({ ...p.at, text: p.text, type: kind, entity: recordScopedKey(r.id, kind, p.text, out.unlinked, p.at) });
  }
}

/** The place a dated heading names (`Hanoi, 5 May 1955`), when the authority file does not know it, is a candidate place. */
function headingPlace(r: SourceRecord, region: Region, matches: { start: number }[], out: Extracted, add: Add, toCp: (i: number) => number): void {
  const place = r.heading?.place;
  if (!place || matches.some((m) => toCp(m.start) === region.start)) return;
  const at = { start: region.start, end: region.start + Array.from(place).length };
  add({ ...at, text: place, type: 'place', entity: recordScopedKey(r.id, 'place', place, out.unlinked, at), from: 'heading' });
}

/** Each turn's speaker is a person mentioned at the label: the authority entry the label names, or a record-scoped person. */
function speakers(r: SourceRecord, matcher: Matcher, out: Extracted, add: Add, toU16: (i: number) => number): void {
  for (const t of r.turns) {
    const resolved = resolveName(r, t.label, t.speaker, t.labelSpan, matcher, out.unlinked, toU16);
    add({ start: resolved.start, end: resolved.end, text: resolved.text, type: 'person', entity: resolved.key, from: 'speaker', turn: t.n });
  }
}

/** The attendance line's people, with their sides, resolved like speakers so both denote the same person. */
function attendance(r: SourceRecord, matcher: Matcher, out: Extracted, toU16: (i: number) => number): void {
  for (const p of r.participants) {
    if (!p.span) continue;
    const resolved = resolveName(r, r.source.text.slice(toU16(p.span.start), toU16(p.span.end)), p.name, p.span, matcher, out.unlinked, toU16);
    const m: Mention = { recordId: r.id, start: resolved.start, end: resolved.end, text: resolved.text, type: 'person', entity: resolved.key, from: 'attendance' };
    out.mentions.push(p.side === undefined ? m : Object.assign(m, { side: p.side }));
  }
}

/** A role gloss belongs to the mention that starts where the gloss's target name starts. */
function attachGlosses(r: SourceRecord, mentions: Mention[]): void {
  for (const n of r.editorial) {
    if (n.kind !== 'role-gloss' || !n.target) continue;
    const m = mentions.find((x) => x.start === n.target!.start && x.from !== 'gloss');
    if (!m) continue;
    const g = parseGloss(n.content);
    m.gloss = { role: g.role, text: n.text, span: { start: n.start, end: n.end }, ...(g.givenName ? { givenName: g.givenName } : {}) };
  }
}
