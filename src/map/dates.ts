// Dates and durations as typed literals: the datatype by precision, whole-period time-span bounds, minutes.
import { literal, type Literal, type NamedNode } from '../rdf/factory.js';
import { xsd } from '../rdf/namespaces.js';
import type { DatePrecision } from '../record.js';

interface PrecisionRule {
  pattern: RegExp;
  datatype: NamedNode;
  /** The lexical form of the literal from the ISO text. */
  lexical: (iso: string) => string;
  /** First and last second of the period. */
  bounds: (iso: string) => [string, string];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthBounds(iso: string): [string, string] {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return [`${iso}-01T00:00:00`, `${iso}-${pad(lastDay(y, m))}T23:59:59`];
}

const RULES: Readonly<Record<DatePrecision, PrecisionRule>> = {
  year: { pattern: /^\d{4}$/, datatype: xsd.gYear, lexical: (iso) => iso, bounds: (iso) => [`${iso}-01-01T00:00:00`, `${iso}-12-31T23:59:59`] },
  month: { pattern: /^\d{4}-(?:0[1-9]|1[0-2])$/, datatype: xsd.gYearMonth, lexical: (iso) => iso, bounds: monthBounds },
  day: { pattern: /^\d{4}-\d{2}-\d{2}$/, datatype: xsd.date, lexical: (iso) => iso, bounds: (iso) => [`${iso}T00:00:00`, `${iso}T23:59:59`] },
  minute: {
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
    datatype: xsd.dateTime,
    lexical: (iso) => `${iso}:00`,
    bounds: (iso) => [`${iso}:00`, `${iso}:59`],
  },
};

/** Whether the ISO text is a real date of that precision (`1950-02-30` is not). */
export function validIso(iso: string, precision: DatePrecision): boolean {
  if (!RULES[precision].pattern.test(iso)) return false;
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (m === undefined || y === undefined) return true;
  if (d === undefined) return m >= 1 && m <= 12;
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

/** `1950-01-22` as xsd:date, `1950-01` as xsd:gYearMonth, `1950` as xsd:gYear, a minute as xsd:dateTime. */
export function dateLiteral(iso: string, precision: DatePrecision): Literal | undefined {
  if (!validIso(iso, precision)) return undefined;
  const rule = RULES[precision];
  return literal(rule.lexical(iso), rule.datatype);
}

/** P82a / P82b: xsd:dateTime literals covering the whole day, month, year or minute. */
export function spanBounds(iso: string, precision: DatePrecision): [Literal, Literal] | undefined {
  if (!validIso(iso, precision)) return undefined;
  const [begin, end] = RULES[precision].bounds(iso);
  return [literal(begin, xsd.dateTime), literal(end, xsd.dateTime)];
}

const PRECISION_BY_SHAPE: readonly [RegExp, DatePrecision][] = [
  [/^\d{4}$/, 'year'],
  [/^\d{4}-\d{2}-\d{2}$/, 'day'],
];

/** A life or existence date (`1878` as xsd:gYear, `1922-12-30` as xsd:date); other shapes give undefined. */
export function lifeDateLiteral(iso: string): Literal | undefined {
  const found = PRECISION_BY_SHAPE.find(([re]) => re.test(iso));
  return found ? dateLiteral(iso, found[1]) : undefined;
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An ISO 8601 day-time duration in minutes (`PT1H30M` → 90), or undefined if it is not one. */
export function durationMinutes(iso: string): number | undefined {
  const m = DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const [days, hours, minutes, seconds] = [m[1], m[2], m[3], m[4]].map((v) => Number(v ?? 0)) as [number, number, number, number];
  return days * 1440 + hours * 60 + minutes + seconds / 60;
}
