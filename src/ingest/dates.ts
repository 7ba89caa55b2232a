// Turns a line of archival text into the first date it prints, normalised to ISO 8601 with its precision.

export type DatePrecision = 'year' | 'month' | 'day' | 'minute';
export interface ParsedDate {
  iso: string; // '1950-01-22', '1950-01', '1950', or '1951-03-04T15:00' (local time, no zone)
  text: string; // the date expression exactly as printed
  precision: DatePrecision;
}
export type DateMatch =
  | { ok: true; date: ParsedDate; start: number; end: number }
  | { ok: false; reason: 'impossible-date'; text: string; start: number; end: number; detail: string };

/** Month names and abbreviations, lower case, without the abbreviation's period. */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, febr: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const ROMAN: Readonly<Record<string, number>> = {
  I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12,
};
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Month words that are also common English words: in lower case they only count next to a day. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar']);

// Every quantifier below is bounded and every alternation is fixed, so each regex runs in linear time.
const alternation = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const NAME = `(${alternation(Object.keys(MONTHS))})(?![a-z])\\.?`;
const ROM = `(${alternation(Object.keys(ROMAN))})`;
const YEAR = '(1\\d{3}|20\\d{2})(?!\\d)';
// Numeric and Roman forms also take two-digit years, read as 19xx: the archive is Cold War era.
const YY = '(1\\d{3}|20\\d{2}|\\d{2})(?![./]?\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const SP = '\\s{1,3}';
const RSEP = '(?:\\.\\s?|\\s|-)';

type Kind = 'name' | 'roman' | 'num' | 'iso';
type Order = 'dmy' | 'mdy' | 'ymd' | 'my';
interface Form { re: RegExp; order: Order; kind: Kind; rule?: string }
const form = (src: string, order: Order, kind: Kind, flags: string, rule?: string): Form =>
  ({ re: new RegExp(src, flags), order, kind, ...(rule ? { rule } : {}) });

const FORMS: readonly Form[] = [
  form(`(?<![a-z])${NAME}${SP}${DAY},?${SP}${YEAR}`, 'mdy', 'name', 'gi'), // January 22, 1950
  form(`(?<![\\w./])${DAY}(?:${SP}(?:of${SP})?|-)${NAME}(?:,?${SP}|-)${YEAR}`, 'dmy', 'name', 'gi'),
  form(`(?<![\\w./-])${YEAR},?${SP}${NAME}${SP}${DAY}(?!\\w)`, 'ymd', 'name', 'gi'), // 1951 March 3
  form(`(?<![a-z])${NAME},?${SP}${YEAR}`, 'my', 'name', 'gi'), // January 1950
  form(`(?<![\\w.])(\\d{1,2})${RSEP}${ROM}${RSEP}${YY}`, 'dmy', 'roman', 'g'), // 3.IV.1949
  form(`(?<![\\w.])(\\d{1,2})\\.(\\d{1,2})\\.${YY}`, 'dmy', 'num', 'g', 'dotted dates are read day.month.year'),
  form(`(?<![\\w/])(\\d{1,2})/(\\d{1,2})/${YY}`, 'mdy', 'num', 'g', 'slashed dates are read month/day/year'),
  form(`(?<![\\w-])(1\\d{3}|20\\d{2})-(\\d{2})-(\\d{2})(?=T\\d|[^\\w-]|$)`, 'ymd', 'iso', 'g'),
];

const TIME =
  '(?:(?<ah>\\d{1,2})(?:[:.](?<am>\\d{2}))?\\s?(?<ap>[ap])\\.?\\s?m\\b\\.?' + // 3 p.m., 10.30 a.m.
  '|(?<hh>\\d{1,2})(?<hs>[:.])(?<hm>\\d{2})(?<hk>\\s?(?:hours|hrs?\\b\\.?|h\\b))?' + // 15:30, 15.30 hrs
  '|(?:12\\s?)?(?<nm>noon|midnight))';
const TIME_BEFORE = new RegExp(`(?<![\\w:.])${TIME}(?<sep>,?\\s{1,3}(?:on\\s{1,3})?)$`, 'i');
const TIME_AFTER = new RegExp(`(?<sep>,?\\s{1,3}(?:at\\s{1,3})?|T)${TIME}(?![\\w:])`, 'iy');
const TIME_WINDOW = 32; // longer than any time prefix, so the lookbehind never sits at the cut

interface Fields { y: number; m: number; d?: number }
interface Hit { start: number; end: number; fields: Fields; problem: string | null; time?: [number, number] }

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number): number =>
  m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1] ?? 0;

const year = (s: string): number => (s.length === 2 ? 1900 + Number(s) : Number(s));

/** The numbers a match stands for, or null when it is not a date after all. */
function fields(f: Form, g: RegExpExecArray): Fields | null {
  const at = (c: string): string => g[f.order.indexOf(c) + 1] ?? '';
  const tok = at('m');
  const m = f.kind === 'name' ? MONTHS[tok.toLowerCase()] ?? 0 : f.kind === 'roman' ? ROMAN[tok] ?? 0 : Number(tok);
  if (f.order === 'my') {
    return tok === tok.toLowerCase() && AMBIGUOUS_MONTHS.has(tok) ? null : { y: year(at('y')), m };
  }
  const d = Number(at('d')), ys = at('y');
  if (f.kind !== 'iso' && (d < 1 || d > 31)) return null;
  // A numeric month over 12 is only reported with a four-digit year; '2.15.10' is a section number.
  if (f.kind === 'num' && (m < 1 || m > (ys.length === 2 ? 12 : 31))) return null;
  return { y: year(ys), m, d };
}

/** Why the date cannot exist, or null when it can. */
function problem(x: Fields, rule?: string): string | null {
  const why = rule ? ` (${rule})` : '';
  if (x.m < 1 || x.m > 12) return `there is no month ${x.m}${why}`;
  if (x.d === undefined) return null;
  const name = `${MONTH_NAMES[x.m - 1]} ${x.y}`;
  if (x.d < 1) return `there is no day 0 in ${name}${why}`;
  const max = daysInMonth(x.y, x.m);
  return x.d > max ? `${name} has ${max} days${why}` : null;
}

function firstHit(f: Form, line: string): Hit | null {
  f.re.lastIndex = 0;
  for (let g = f.re.exec(line); g; g = f.re.exec(line)) {
    const x = fields(f, g);
    if (x) return { start: g.index, end: g.index + g[0].length, fields: x, problem: problem(x, f.rule) };
    f.re.lastIndex = g.index + 1;
  }
  return null;
}

/** Hours and minutes of a matched time, or null when it is no real clock time. */
function clock(g: Record<string, string | undefined>, sep: string): [number, number] | null {
  if (g.nm) return [g.nm.toLowerCase() === 'noon' ? 12 : 0, 0]; // midnight opens the day: 00:00
  if (g.ap) {
    const h = Number(g.ah), min = Number(g.am ?? 0);
    return h >= 1 && h <= 12 && min < 60 ? [(h % 12) + (g.ap.toLowerCase() === 'p' ? 12 : 0), min] : null;
  }
  // '15.30' with no 'hours' and no comma is as likely a quantity ('10.50 tons') as a time.
  if (g.hs === '.' && !g.hk && !sep.includes(',')) return null;
  const h = Number(g.hh), min = Number(g.hm);
  return h < 24 && min < 60 ? [h, min] : null;
}

/** Widens a day-precision hit to a time printed just before or just after it. */
function withTime(line: string, hit: Hit): Hit {
  if (hit.fields.d === undefined || hit.problem) return hit;
  const before = TIME_BEFORE.exec(line.slice(Math.max(0, hit.start - TIME_WINDOW), hit.start));
  const tb = before?.groups && clock(before.groups, before.groups.sep ?? '');
  if (before && tb) return { ...hit, start: hit.start - before[0].length, time: tb };
  TIME_AFTER.lastIndex = hit.end;
  const after = TIME_AFTER.exec(line);
  const ta = after?.groups && clock(after.groups, after.groups.sep ?? '');
  return after && ta ? { ...hit, end: hit.end + after[0].length, time: ta } : hit;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function toMatch(line: string, hit: Hit): DateMatch {
  const { start, end, fields: x, time } = hit;
  const text = line.slice(start, end);
  if (hit.problem) return { ok: false, reason: 'impossible-date', text, start, end, detail: hit.problem };
  let iso = `${x.y}-${pad(x.m)}`;
  if (x.d !== undefined) iso += `-${pad(x.d)}`;
  if (time) iso += `T${pad(time[0])}:${pad(time[1])}`;
  const precision: DatePrecision = time ? 'minute' : x.d !== undefined ? 'day' : 'month';
  return { ok: true, date: { iso, text, precision }, start, end };
}

/** The first date expression in `line`, or null when there is none. Never throws. */
export function findDate(line: string): DateMatch | null {
  if (typeof line !== 'string') return null;
  let best: Hit | null = null;
  for (const hit of FORMS.map((f) => firstHit(f, line))) {
    if (hit && (!best || hit.start < best.start || (hit.start === best.start && hit.end > best.end))) best = hit;
  }
  return best ? toMatch(line, withTime(line, best)) : null;
}

const BARE_YEAR = /^(?:1\d{3}|20\d{2})$/;
/** A leading place name or weekday and its comma: 'Moscow, ', 'Washington, ', 'Monday, '. */
const LEAD = /^\p{Lu}[\p{L}\p{M}.'’() -]{0,40},\s*/u;
const MAX_DATE_LINE = 200;

function isWholeDate(s: string): boolean {
  if (BARE_YEAR.test(s)) return true;
  const m = findDate(s);
  return m !== null && m.start === 0 && m.end === s.length;
}

/**
 * True when the whole line (trimmed, allowing up to two leading 'Place,' parts, square brackets
 * and a trailing period) is a date line. An impossible date still makes a date line.
 */
export function isDateLine(line: string): boolean {
  if (typeof line !== 'string' || line.length > MAX_DATE_LINE) return false;
  let s = line.trim().replace(/\.$/, '').trim();
  s = s.replace(/^\[([^\]]*)\]$/, '$1').trim();
  for (let i = 0; i < 3; i++) {
    if (isWholeDate(s)) return true;
    const lead = LEAD.exec(s);
    if (!lead) return false;
    s = s.slice(lead[0].length);
  }
  return false;
}
