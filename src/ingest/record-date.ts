// Chooses the record's date from the date line and the dated heading, reporting impossible or disagreeing dates.
import type { FindingCode } from '../findings.js';
import type { RecordDate } from '../record.js';
import { findDate, type DateMatch } from './dates.js';
import type { ToCodePoints } from './offsets.js';
import type { Paragraph } from './paragraphs.js';

type Note = (code: FindingCode, args?: Record<string, string | number>, at?: { start: number; end: number }) => void;

/** The more precise of the two valid dates; the date line when they disagree. Impossible dates are findings. */
export function pickDate(line: Paragraph | undefined, heading: Paragraph | undefined, cp: ToCodePoints, note: Note): RecordDate | null {
  const a = line ? toDate(line, findDate(line.text), cp, note) : null;
  const b = heading ? toDate(heading, findDate(heading.text), cp, note) : null;
  if (!a && !b) {
    if (!line && !heading) note('no-date');
    return null;
  }
  if (!a || !b) return a ?? b;
  if (!b.iso.startsWith(a.iso) && !a.iso.startsWith(b.iso)) {
    note('date-mismatch', { line: a.iso, heading: b.iso }, b);
    return a;
  }
  return b.iso.length > a.iso.length ? b : a;
}

function toDate(p: Paragraph, m: DateMatch | null, cp: ToCodePoints, note: Note): RecordDate | null {
  if (!m) return bareYear(p, cp);
  const at = { start: p.start + m.start, end: p.start + m.end };
  if (!m.ok) {
    note('impossible-date', { text: m.text, detail: m.detail }, at);
    return null;
  }
  return { iso: m.date.iso, text: m.date.text, precision: m.date.precision, start: cp(at.start), end: cp(at.end) };
}

/** A date line that is only a year (`1950`). */
function bareYear(p: Paragraph, cp: ToCodePoints): RecordDate | null {
  const m = /^(1\d{3}|20\d{2})\.?$/.exec(p.text);
  return m?.[1] ? { iso: m[1], text: m[1], precision: 'year', start: cp(p.start), end: cp(p.start + 4) } : null;
}
