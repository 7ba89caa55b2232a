// Builds the SourceRecord's parts from the raw scans: code point offsets, turn texts, editorial notes, asides.
import type { Aside, EditorialNote, Segment, Turn } from '../record.js';
import { findAsides } from './asides.js';
import type { RawSegment, RawTurn } from './body.js';
import type { RawNote } from './editorial.js';
import type { ToCodePoints } from './offsets.js';

/** Everything removed from a turn's plain text: the editors' insertions and the scraping artefacts. */
const REMOVED_FROM_PLAIN = new Set<RawNote['kind']>([
  'role-gloss', 'alternative-name', 'supplied-word', 'uncertainty', 'translator-note', 'editor-note',
  'footnote-marker', 'illegible', 'omission', 'sic', 'pseudonym', 'artefact', 'other',
]);

export function span(cp: ToCodePoints, start: number, end: number): { start: number; end: number } {
  return { start: cp(start), end: cp(end) };
}

export function buildSegments(text: string, cp: ToCodePoints, raw: RawSegment[]): Segment[] {
  return raw.map((s) => {
    const seg: Segment = { kind: s.kind, ...span(cp, s.start, s.end), text: text.slice(s.start, s.end) };
    if (s.turn !== undefined) seg.turn = s.turn;
    return seg;
  });
}

/** Turns with their exact text and their plain text (editorial insertions removed, words completed in brackets kept). */
export function buildTurns(text: string, cp: ToCodePoints, raw: RawTurn[], notes: RawNote[]): Turn[] {
  return raw.map((t) => ({
    n: t.n,
    speaker: t.speaker,
    label: t.label,
    labelSpan: span(cp, t.labelStart, t.labelEnd),
    ...span(cp, t.start, t.end),
    text: text.slice(t.start, t.end),
    paragraphs: t.paragraphs.map((p) => span(cp, p.start, p.end)),
    plainText: plainText(text, t.start, t.end, notes),
  }));
}

/** The text between `start` and `end` without editorial insertions; `Com[rade]` keeps its letters. */
export function plainText(text: string, start: number, end: number, notes: RawNote[]): string {
  let out = '';
  let at = start;
  for (const n of notes) {
    if (n.start < start || n.end > end) continue;
    out += text.slice(at, n.start);
    if (n.kind === 'bracket-in-word') out += n.content;
    else if (!REMOVED_FROM_PLAIN.has(n.kind)) out += n.text;
    at = n.end;
  }
  out += text.slice(at, end);
  return out.replace(/[ \t\u00a0]+([.,;:!?])/g, '$1').replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}

export function buildNotes(cp: ToCodePoints, notes: RawNote[]): EditorialNote[] {
  return notes.map((n) => {
    const note: EditorialNote = { kind: n.kind, ...span(cp, n.start, n.end), text: n.text, content: n.content };
    if (n.target) note.target = { ...span(cp, n.target.start, n.target.end), text: n.target.text };
    return note;
  });
}

/** The narrator's asides inside each turn, with source offsets. */
export function buildAsides(text: string, cp: ToCodePoints, turns: RawTurn[]): Aside[] {
  return turns.flatMap((t) =>
    t.paragraphs.flatMap((p) =>
      findAsides(text.slice(p.start, p.end)).map((a) => {
        const aside: Aside = { turn: t.n, ...span(cp, p.start + a.start, p.start + a.end), text: text.slice(p.start + a.start, p.start + a.end) };
        if (a.speaker) aside.speaker = a.speaker;
        return aside;
      }),
    ),
  );
}
