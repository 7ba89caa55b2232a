// Real calendar dates: the JS check that rdf-validate-shacl's sh:datatype does not do.
import { describe, expect, it } from 'vitest';
import { literal, namedNode, quad } from '../../src/rdf/factory.js';
import { schema, xsd } from '../../src/rdf/namespaces.js';
import { validateRecord } from '../../src/stages/validate.js';
import { calendarProblem } from '../../src/validate/calendar.js';
import { projectShapes } from './helpers.js';

describe('calendarProblem', () => {
  it.each([
    ['1950-02-30', 'date'],
    ['1900-02-29', 'date'],
    ['1951-04-31', 'date'],
    ['1950-00-10', 'date'],
    ['1950-01-00', 'date'],
    ['1950-13', 'gYearMonth'],
    ['1950-00', 'gYearMonth'],
    ['1950-01-22T25:00:00', 'dateTime'],
    ['1950-01-22T23:60:00', 'dateTime'],
    ['1950-01-22T23:59:60', 'dateTime'],
    ['1950-01-22T24:00:01', 'dateTime'],
    ['1950-02-30T00:00:00Z', 'dateTimeStamp'],
    ['1950-01-22+15:00', 'date'],
    ['1950-01-22T10:00:00+14:30', 'dateTime'],
  ] as const)('%s is not a real %s', (lexical, datatype) => {
    expect(calendarProblem(lexical, datatype)).toBeTypeOf('string');
  });

  it.each([
    ['1950-01-22', 'date'],
    ['1952-02-29', 'date'],
    ['2000-02-29', 'date'],
    ['0000-02-29', 'date'],
    ['-0004-02-29', 'date'],
    ['1950-12-31Z', 'date'],
    ['1950-02', 'gYearMonth'],
    ['1950-01-22T00:00:00', 'dateTime'],
    ['1950-01-22T24:00:00', 'dateTime'],
    ['1950-01-22T23:59:59.999-14:00', 'dateTime'],
    ['1950-01-22T15:00:00Z', 'dateTimeStamp'],
  ] as const)('%s is a real %s', (lexical, datatype) => {
    expect(calendarProblem(lexical, datatype)).toBeUndefined();
  });

  it('leaves forms without the datatype layout to sh:datatype', () => {
    expect(calendarProblem('22 January 1950', 'date')).toBeUndefined();
    expect(calendarProblem('1950-1-2', 'date')).toBeUndefined();
    expect(calendarProblem('1950-01-22', 'dateTimeStamp')).toBeUndefined();
  });

  it('names the month and its length', () => {
    expect(calendarProblem('1950-02-30', 'date')).toBe('February 1950 has 28 days, not 30');
  });
});

describe('the calendar check in the validate stage', () => {
  const record = namedNode('https://w3id.org/lodscribe/record/X');

  it('reports "1950-02-30"^^xsd:date, which sh:datatype accepts, as lod:CalendarDateConstraintComponent', () => {
    const q = quad(record, schema.dateCreated, literal('1950-02-30', xsd.date));
    const { conforms, results } = validateRecord([q], projectShapes(), { recordId: 'X' });
    expect(conforms).toBe(false);
    expect(results).toMatchObject([
      {
        severity: 'Violation',
        focusNode: record.value,
        path: schema.dateCreated.value,
        value: '"1950-02-30"^^<http://www.w3.org/2001/XMLSchema#date>',
        constraint: 'CalendarDateConstraintComponent',
        component: 'https://w3id.org/lodscribe/ns#CalendarDateConstraintComponent',
        shape: 'https://w3id.org/lodscribe/shapes#CalendarDate',
      },
    ]);
  });

  it('accepts 29 February of a leap year', () => {
    const q = quad(record, schema.dateCreated, literal('1952-02-29', xsd.date));
    expect(validateRecord([q], projectShapes(), { recordId: 'X' }).results).toEqual([]);
  });
});
