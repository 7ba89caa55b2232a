// Real calendar dates: xsd:date, xsd:dateTime, xsd:dateTimeStamp and xsd:gYearMonth literals must name a day that exists.
import type { Literal, Quad } from '../rdf/factory.js';
import { xsd } from '../rdf/namespaces.js';
import { customFound } from './custom.js';
import type { Found } from './types.js';

const YEAR = '(-?[0-9]{4,})';
const TZ = '(Z|[+-][0-9]{2}:[0-9]{2})';
const LAYOUT = {
  date: new RegExp(`^${YEAR}-([0-9]{2})-([0-9]{2})${TZ}?$`),
  dateTime: new RegExp(`^${YEAR}-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?${TZ}?$`),
  dateTimeStamp: new RegExp(`^${YEAR}-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]+)?${TZ}$`),
  gYearMonth: new RegExp(`^${YEAR}-([0-9]{2})${TZ}?$`),
} as const;
export type CalendarDatatype = keyof typeof LAYOUT;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Proleptic Gregorian, astronomical year numbers (XSD 1.1: 0000 is 1 BCE, a leap year). */
function daysInMonth(year: bigint, month: number): number {
  if (month === 2) return (year % 4n === 0n && year % 100n !== 0n) || year % 400n === 0n ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function timeProblem(hour: number, minute: number, second: number, fraction: boolean): string | undefined {
  if (hour === 24 && minute === 0 && second === 0 && !fraction) return undefined; // 24:00:00, the end of the day
  if (hour > 23) return `hour ${hour} does not exist`;
  if (minute > 59) return `minute ${minute} does not exist`;
  if (second > 59) return `second ${second} does not exist`;
  return undefined;
}

function zoneProblem(zone: string | undefined): string | undefined {
  if (zone === undefined || zone === 'Z') return undefined;
  const [h, m] = zone.slice(1).split(':').map(Number) as [number, number];
  return h > 14 || m > 59 || (h === 14 && m > 0) ? `time zone ${zone} does not exist` : undefined;
}

/**
 * Why a literal laid out as `datatype` names no real date or time, or undefined when it does. A lexical form that
 * does not even have the datatype's layout also gives undefined: sh:datatype reports that.
 */
export function calendarProblem(lexical: string, datatype: CalendarDatatype): string | undefined {
  const m = LAYOUT[datatype].exec(lexical);
  if (!m) return undefined;
  const year = BigInt(m[1] ?? '0');
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  if (datatype === 'gYearMonth') return zoneProblem(m[3]);
  const day = Number(m[3]);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${m[1]} has ${days} days, not ${m[3]}`;
  if (datatype === 'date') return zoneProblem(m[4]);
  const fraction = /\.[0-9]*[1-9]/.test(lexical);
  return timeProblem(Number(m[4]), Number(m[5]), Number(m[6]), fraction) ?? zoneProblem(m[7]);
}

function calendarDatatype(literal: Literal): CalendarDatatype | undefined {
  const dt = literal.datatype;
  if (dt.equals(xsd.date)) return 'date';
  if (dt.equals(xsd.dateTime)) return 'dateTime';
  if (dt.equals(xsd.dateTimeStamp)) return 'dateTimeStamp';
  if (dt.equals(xsd.gYearMonth)) return 'gYearMonth';
  return undefined;
}

/** One `lod:CalendarDateConstraintComponent` violation per date or time literal of the graph that is not a real one. */
export function calendarFindings(quads: readonly Quad[]): Found[] {
  const found: Found[] = [];
  for (const q of quads) {
    if (q.object.termType !== 'Literal') continue;
    const datatype = calendarDatatype(q.object);
    const problem = datatype && calendarProblem(q.object.value, datatype);
    if (problem) {
      const message = `"${q.object.value}" is not a real ${datatype === 'gYearMonth' ? 'month' : 'date'}: ${problem}`;
      found.push(customFound('CalendarDate', q.subject, message, q.predicate, q.object));
    }
  }
  return found;
}
