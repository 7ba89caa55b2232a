// Turns an attendance line (`Present at the meeting were comrs. A, B and C, D.`) into participants with sides.
import { normaliseSpeaker } from './labels.js';

export interface Attendee {
  name: string;
  side?: number;
  /** UTF-16 offsets of the name inside the line. */
  start: number;
  end: number;
  gloss?: string;
  pseudonym?: string;
}

const OPENING =
  /^(?:also\s+)?(?:present(?:\s+(?:at|during|in)\s+the\s+[\w\s]{1,40}?)?|attending|in\s+attendance|those\s+present|participating|taking\s+part)\s*(?:were|was|are|:|-|—)\s*/i;
const HONORIFIC = /^(?:and\s+)?(?:comrades|comrade|comrs\.|comr\.|com\.|tov\.|messrs\.|mr\.|mrs\.|ms\.|dr\.)\s*/i;
const SIDE = /^(?:and\s+)?(?:from|on|for)\s+the\s+([\p{L}\s-]{1,40}?)\s+side\s*[:,-]?\s*/iu;

/** True when the paragraph is an attendance line. */
export function isAttendance(line: string): boolean {
  return OPENING.test(line);
}

/** The people an attendance line names, in order, with the side each is on when the line divides them. */
export function parseAttendance(line: string): Attendee[] {
  const open = OPENING.exec(line);
  if (!open) return [];
  const masked = maskBrackets(line);
  const items = splitItems(masked, open[0].length, line.replace(/\.\s*$/, '').length);
  const hasBoundary = items.some((it) => it.boundary) || items.some((it) => it.sideLabel);
  let side = 1;
  let labels = 0;
  const out: Attendee[] = [];
  for (const it of items) {
    if (it.sideLabel) side = ++labels;
    const a = attendee(line, it.start, it.end);
    if (a) out.push(hasBoundary ? { ...a, side } : a);
    if (it.boundary) side++;
  }
  return out;
}

interface Item { start: number; end: number; boundary: boolean; sideLabel: boolean }

/** Splits at commas and semicolons (outside brackets); `X and Y` inside one item marks the boundary of two sides. */
function splitItems(masked: string, from: number, to: number): Item[] {
  const items: Item[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && masked[i] !== ',' && masked[i] !== ';') continue;
    items.push(...splitAnd(masked, start, i));
    start = i + 1;
  }
  return items.filter((it) => masked.slice(it.start, it.end).trim() !== '');
}

function splitAnd(masked: string, start: number, end: number): Item[] {
  const text = masked.slice(start, end);
  const sideLabel = SIDE.test(text.trim());
  const m = /^(\s*\S.*?)\s+and\s+(?!$)/i.exec(text);
  if (!m || /^\s*and\s/i.test(text) || sideLabel) return [{ start, end, boundary: false, sideLabel }];
  const second = start + m[0].length;
  return [{ start, end: start + (m[1] ?? '').length, boundary: true, sideLabel: false }, { start: second, end, boundary: false, sideLabel: false }];
}

function attendee(line: string, start: number, end: number): Attendee | null {
  let s = line.slice(start, end);
  let offset = start;
  const skip = (re: RegExp): string | undefined => {
    const m = re.exec(s);
    if (!m) return undefined;
    offset += m[0].length;
    s = s.slice(m[0].length);
    return m[1];
  };
  skip(/^\s+/);
  skip(/^and\s+/i);
  skip(SIDE);
  skip(HONORIFIC);
  const gloss = skip(/^\[([^\]]*)\]\s*/);
  const pseudonym = /\s*\/([^/]+)\/\s*$/.exec(s);
  const bare = (pseudonym ? s.slice(0, pseudonym.index) : s).replace(/\s*\(([^)]*)\)\s*$/, '').trimEnd();
  const role = /\(([^)]*)\)\s*$/.exec(s)?.[1];
  if (!/\p{Lu}/u.test(bare)) return null;
  const name = normaliseSpeaker(bare.split(/\s+/));
  const title = bare.endsWith(name) ? bare.slice(0, bare.length - name.length).trim() : '';
  const a: Attendee = { name, start: offset, end: offset + bare.length };
  if (gloss ?? role ?? title) a.gloss = (gloss ?? role ?? title).trim();
  if (pseudonym?.[1]) a.pseudonym = pseudonym[1].trim();
  return a;
}

/** Replaces what is inside square brackets with underscores, so splitting never looks inside them. */
export function maskBrackets(line: string): string {
  return line.replace(/\[[^\]]*\]/g, (m) => '[' + '_'.repeat(m.length - 2) + ']');
}
