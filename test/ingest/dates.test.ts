// Tests that src/ingest/dates.ts turns printed archival dates into ISO 8601 findings with exact offsets.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findDate, isDateLine, daysInMonth, type DatePrecision } from '../../src/ingest/dates.js';

type Ok = [line: string, text: string, start: number, iso: string, precision: DatePrecision];

const OK: Ok[] = [
  ['January 22, 1950', 'January 22, 1950', 0, '1950-01-22', 'day'],
  ['Jan. 22, 1950', 'Jan. 22, 1950', 0, '1950-01-22', 'day'],
  ['JANUARY 22, 1950', 'JANUARY 22, 1950', 0, '1950-01-22', 'day'],
  ['January 22nd, 1950', 'January 22nd, 1950', 0, '1950-01-22', 'day'],
  ['On 22 January 1950 Stalin met Mao.', '22 January 1950', 3, '1950-01-22', 'day'],
  ['22nd January 1950', '22nd January 1950', 0, '1950-01-22', 'day'],
  ['the 22nd of January, 1950, in Moscow', '22nd of January, 1950', 4, '1950-01-22', 'day'],
  ['22-Jan-1950', '22-Jan-1950', 0, '1950-01-22', 'day'],
  ['If the agreement specified July 1949 as the time', 'July 1949', 27, '1949-07', 'month'],
  ['MAY 1950', 'MAY 1950', 0, '1950-05', 'month'],
  ['Sept. 5, 1951', 'Sept. 5, 1951', 0, '1951-09-05', 'day'],
  ['on Sep 5 1951', 'Sep 5 1951', 3, '1951-09-05', 'day'],
  ['5 Sept 1951', '5 Sept 1951', 0, '1951-09-05', 'day'],
  ['Monday, January 22, 1950', 'January 22, 1950', 8, '1950-01-22', 'day'],
  ['dated 3.IV.1949.', '3.IV.1949', 6, '1949-04-03', 'day'],
  ['3 IV 1949', '3 IV 1949', 0, '1949-04-03', 'day'],
  ['3-IV-1949', '3-IV-1949', 0, '1949-04-03', 'day'],
  ['No. 112, 3. IV. 49', '3. IV. 49', 9, '1949-04-03', 'day'],
  ['telegram of 5.9.51 from Pyongyang', '5.9.51', 12, '1951-09-05', 'day'],
  ['9/5/51', '9/5/51', 0, '1951-09-05', 'day'],
  ['05.09.1951', '05.09.1951', 0, '1951-09-05', 'day'],
  ['(9/5/1951)', '9/5/1951', 1, '1951-09-05', 'day'],
  ['ISO 1951-03-03.', '1951-03-03', 4, '1951-03-03', 'day'],
  ['1951 March 3', '1951 March 3', 0, '1951-03-03', 'day'],
  ['1951, March 3rd', '1951, March 3rd', 0, '1951-03-03', 'day'],
  ['Moscow, 3 p.m., 4 March 1951', '3 p.m., 4 March 1951', 8, '1951-03-04T15:00', 'minute'],
  ['4 March 1951, 15:30', '4 March 1951, 15:30', 0, '1951-03-04T15:30', 'minute'],
  ['4 March 1951, 10.30 a.m.', '4 March 1951, 10.30 a.m.', 0, '1951-03-04T10:30', 'minute'],
  ['Sent 4 March 1951 at 3 p.m. sharp', '4 March 1951 at 3 p.m.', 5, '1951-03-04T15:00', 'minute'],
  ['12 noon, 4 March 1951', '12 noon, 4 March 1951', 0, '1951-03-04T12:00', 'minute'],
  ['At midnight, 4 March 1951', 'midnight, 4 March 1951', 3, '1951-03-04T00:00', 'minute'],
  ['4 March 1951, 12 a.m.', '4 March 1951, 12 a.m.', 0, '1951-03-04T00:00', 'minute'],
  ['4 March 1951, 12 p.m.', '4 March 1951, 12 p.m.', 0, '1951-03-04T12:00', 'minute'],
  ['4 March 1951, 15.30 hrs.', '4 March 1951, 15.30 hrs.', 0, '1951-03-04T15:30', 'minute'],
  ['1951-03-03T15:00', '1951-03-03T15:00', 0, '1951-03-03T15:00', 'minute'],
  ['4 March 1951 10.50 tons', '4 March 1951', 0, '1951-03-04', 'day'], // dotted time needs a comma
  ['4 March 1951, 25:00', '4 March 1951', 0, '1951-03-04', 'day'], // no such hour: date only
  ['\u{1F4DC} 22 January 1950', '22 January 1950', 3, '1950-01-22', 'day'], // UTF-16 offsets
  ['from 10-22 January 1950', '22 January 1950', 8, '1950-01-22', 'day'],
  ['29 February 1952', '29 February 1952', 0, '1952-02-29', 'day'],
  ['29.II.2000', '29.II.2000', 0, '2000-02-29', 'day'],
];

describe('findDate: supported forms', () => {
  it.each(OK)('%j', (line, text, start, iso, precision) => {
    const m = findDate(line);
    expect(m).toEqual({ ok: true, date: { iso, text, precision }, start, end: start + text.length });
    expect(line.slice(m!.start, m!.end)).toBe(text);
  });
});

type Bad = [line: string, text: string, start: number, detail: string];
const BAD: Bad[] = [
  ['February 30, 1950', 'February 30, 1950', 0, 'February 1950 has 28 days'],
  ['1950-02-30', '1950-02-30', 0, 'February 1950 has 28 days'],
  ['on 31.IV.1950', '31.IV.1950', 3, 'April 1950 has 30 days'],
  ['29 February 1951', '29 February 1951', 0, 'February 1951 has 28 days'],
  ['29 February 1900', '29 February 1900', 0, 'February 1900 has 28 days'],
  ['31.4.50', '31.4.50', 0, 'April 1950 has 30 days (dotted dates are read day.month.year)'],
  ['9/31/51', '9/31/51', 0, 'September 1951 has 30 days (slashed dates are read month/day/year)'],
  ['5.13.1951', '5.13.1951', 0, 'there is no month 13 (dotted dates are read day.month.year)'],
  ['13/5/1951', '13/5/1951', 0, 'there is no month 13 (slashed dates are read month/day/year)'],
  ['1951-13-03', '1951-13-03', 0, 'there is no month 13'],
  ['1951-02-00', '1951-02-00', 0, 'there is no day 0 in February 1951'],
];

describe('findDate: impossible dates are reported, never corrected', () => {
  it.each(BAD)('%j', (line, text, start, detail) => {
    const m = findDate(line);
    expect(m).toEqual({ ok: false, reason: 'impossible-date', text, start, end: start + text.length, detail });
  });
  it('knows the leap years', () => {
    expect([1900, 1952, 2000, 1951].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 29, 28]);
  });
});

describe('findDate: no false positives in prose', () => {
  it.each([
    'They transported 10 thousand people.',
    'increasing the level of Chinese investment to 51%',
    'How can we shorten the time from 5 to 3-4 years?',
    'Is it necessary to keep the provision, stated in article 3 of the current Treaty',
    'every two-three years',
    'In 1950 the situation changed.', // a bare year is only a date line, not a date in prose
    'the 1950s', 'we will march 1000 km', 'they may 1950 be', 'In May 5,000 men were moved',
    '3/4 of the members', 'a 12:30 meeting', 'version 3.5 of the plan', '1.500.000 roubles',
    'Tel. No. 12/3/45/1', 'section 2.15.10', 'at 12.30.45', '10.30 a.m.', 'January 22-23, 1950',
    '', '   ', '\u0000\uD800\uDFFF\uDC00',
  ])('%j', (line) => expect(findDate(line)).toBeNull());
});

describe('isDateLine', () => {
  it.each([
    'January 22, 1950', '22 January 1950', '  1950.  ', 'January 1950', 'Moscow, 22 January 1950.',
    'Moscow, 3 p.m., 4 March 1951', 'Washington, D.C., January 22, 1950', '[22 January 1950]',
    'MOSCOW, 1950', 'Monday, January 22, 1950', 'February 30, 1950',
  ])('accepts %j', (line) => expect(isDateLine(line)).toBe(true));
  it.each([
    "Record of Talks between I.V. Stalin and Chairman Mao Zedong", 'On 22 January 1950 Stalin met Mao.',
    '', '1950 tons', 'The treaty of 1950', '10 thousand', 'Top Secret', '22 January 1950 Stalin',
  ])('rejects %j', (line) => expect(isDateLine(line)).toBe(false));
});

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const ABBR = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const p2 = (n: number): string => String(n).padStart(2, '0');
const ord = (d: number): string =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
type Fmt = (y: number, m: number, d: number) => string;
const DAY_FORMS: Fmt[] = [
  (y, m, d) => `${NAMES[m - 1]} ${d}, ${y}`, (y, m, d) => `${ABBR[m - 1]} ${d}, ${y}`,
  (y, m, d) => `${NAMES[m - 1]!.toUpperCase()} ${d}, ${y}`, (y, m, d) => `${d} ${NAMES[m - 1]} ${y}`,
  (y, m, d) => `${ord(d)} ${NAMES[m - 1]} ${y}`, (y, m, d) => `${d}.${ROMANS[m - 1]}.${y}`,
  (y, m, d) => `${d} ${ROMANS[m - 1]} ${y}`, (y, m, d) => `${d}-${ROMANS[m - 1]}-${y}`,
  (y, m, d) => `${d}.${m}.${p2(y % 100)}`, (y, m, d) => `${p2(d)}.${p2(m)}.${y}`,
  (y, m, d) => `${m}/${d}/${p2(y % 100)}`, (y, m, d) => `${m}/${d}/${y}`,
  (y, m, d) => `${y}-${p2(m)}-${p2(d)}`, (y, m, d) => `${y} ${NAMES[m - 1]} ${d}`,
];
const validDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(1999, 11, 31)), noInvalidDate: true })
  .map((t) => [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()] as const);
const isoDay = (y: number, m: number, d: number): string => `${y}-${p2(m)}-${p2(d)}`;
const realDay = (iso: string): boolean =>
  new Date(`${iso.slice(0, 10)}T00:00Z`).toISOString().startsWith(iso.slice(0, 10));

describe('findDate: properties', () => {
  const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates too
  const tokens = fc.constantFrom('January', 'Sept.', 'may', ' ', ', ', '22', '1950', '51', '.', '/', '-',
    'IV', 'p.m.', '3', ':', '30', 'noon', 'T', 'of', 'th', '\uD800');
  it('never throws, and an ok result slices to its text', () => {
    const line = fc.oneof(fc.string({ unit: anyUnit }), fc.array(tokens).map((t) => t.join('')));
    fc.assert(fc.property(line, (s) => {
      const m = findDate(s);
      isDateLine(s);
      if (m?.ok) expect(s.slice(m.start, m.end)).toBe(m.date.text);
      if (m?.ok && m.date.precision !== 'month') expect(realDay(m.date.iso)).toBe(true);
    }), { numRuns: 2000 });
  });
  it.each(DAY_FORMS.map((f, i) => [i, f] as const))('day form %i round-trips', (_i, fmt) => {
    fc.assert(fc.property(validDay, ([y, m, d]) => {
      const text = fmt(y, m, d), line = `Telegram of ${text} to Moscow.`;
      expect(findDate(line)).toEqual({ ok: true, date: { iso: isoDay(y, m, d), text, precision: 'day' },
        start: 12, end: 12 + text.length });
      expect(isDateLine(`Moscow, ${text}.`)).toBe(true);
    }));
  });
  it('month form and times round-trip', () => {
    const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
    fc.assert(fc.property(validDay, clock, ([y, m, d], [h, min]) => {
      expect(findDate(`in ${NAMES[m - 1]} ${y}`)).toMatchObject({ ok: true, date: { iso: `${y}-${p2(m)}` } });
      const iso = `${isoDay(y, m, d)}T${p2(h)}:${p2(min)}`;
      const ampm = `${h % 12 || 12}.${p2(min)} ${h < 12 ? 'a.m.' : 'p.m.'}`;
      for (const line of [`${d} ${NAMES[m - 1]} ${y}, ${h}:${p2(min)}`, `${ampm}, ${d} ${NAMES[m - 1]} ${y}`]) {
        const date = { iso, text: line, precision: 'minute' };
        expect(findDate(line)).toEqual({ ok: true, date, start: 0, end: line.length });
      }
    }));
  });
});

describe('findDate: huge lines', () => {
  const fill = (chunk: string): string => chunk.repeat(Math.ceil(5_000_000 / chunk.length));
  it.each([
    ['letters', 'a'], ['digits', '1'], ['digits and dots', '1.'], ['years', '1950 '],
    ['near misses', '3 p.m., 22 January 19a 10.30 12:30 noon IV. 5/ '], ['month names', 'January 22 '],
  ])('a 5 MB line of %s has no date', (_name, chunk) => {
    expect(findDate(fill(chunk))).toBeNull();
  });
  it('finds a date at the very end of a 5 MB line', () => {
    const line = `${fill('x ')}22 January 1950`;
    expect(findDate(line)).toMatchObject({ ok: true, start: line.length - 15 });
  });
});
