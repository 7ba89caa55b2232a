// The helpers of the map stage: dates by precision, durations, artefact-free text, quote context, quad order, lod individuals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateLiteral, durationMinutes, lifeDateLiteral, spanBounds } from '../../src/map/dates.js';
import { nQuadLine, sortQuads, sortKey } from '../../src/rdf/serialize.js';
import { SourceText } from '../../src/map/text.js';
import { Parser, literal, namedNode, quad } from '../../src/rdf/factory.js';
import { NS, crm, lod, owl, rdf, rdfs, schema, xsd } from '../../src/rdf/namespaces.js';
import { LOD_INDIVIDUALS } from '../../src/rdf/vocab/lod.js';
import { ROOT, parseText } from '../helpers.js';

describe('dates', () => {
  it('types a date by its precision', () => {
    expect(dateLiteral('1950-01-22', 'day')).toEqual(literal('1950-01-22', xsd.date));
    expect(dateLiteral('1950-01', 'month')).toEqual(literal('1950-01', xsd.gYearMonth));
    expect(dateLiteral('1950', 'year')).toEqual(literal('1950', xsd.gYear));
    expect(dateLiteral('1951-03-04T15:00', 'minute')).toEqual(literal('1951-03-04T15:00:00', xsd.dateTime));
    expect(dateLiteral('1950-02-30', 'day')).toBeUndefined();
    expect(dateLiteral('1950-01-22', 'year')).toBeUndefined();
  });

  it('covers the whole day, month (leap years included), year or minute', () => {
    const b = (iso: string, p: 'day' | 'month' | 'year' | 'minute') => spanBounds(iso, p)?.map((l) => l.value);
    expect(b('1950-01-22', 'day')).toEqual(['1950-01-22T00:00:00', '1950-01-22T23:59:59']);
    expect(b('1952-02', 'month')).toEqual(['1952-02-01T00:00:00', '1952-02-29T23:59:59']);
    expect(b('1900-02', 'month')).toEqual(['1900-02-01T00:00:00', '1900-02-28T23:59:59']);
    expect(b('1950', 'year')).toEqual(['1950-01-01T00:00:00', '1950-12-31T23:59:59']);
    expect(b('1951-03-04T15:00', 'minute')).toEqual(['1951-03-04T15:00:00', '1951-03-04T15:00:59']);
    expect(spanBounds('1950-13', 'month')).toBeUndefined();
  });

  it('types life dates by shape and reads durations in minutes', () => {
    expect(lifeDateLiteral('1878')).toEqual(literal('1878', xsd.gYear));
    expect(lifeDateLiteral('1922-12-30')).toEqual(literal('1922-12-30', xsd.date));
    expect(lifeDateLiteral('c. 1900')).toBeUndefined();
    expect(durationMinutes('PT2H')).toBe(120);
    expect(durationMinutes('PT1H30M')).toBe(90);
    expect(durationMinutes('P1DT1M')).toBe(1441);
    expect(durationMinutes('PT')).toBeUndefined();
    expect(durationMinutes('two hours')).toBeUndefined();
  });
});

describe('source text', () => {
  const record = parseText('January 22, 1950\nA Title\n\nStalin: Write to [email protected] today. Thanks.\n');
  const text = new SourceText(record);
  const turn = record.turns[0];

  it('finds the artefact and removes it by span, tidying the join', () => {
    expect(text.artefacts.map((a) => a.text)).toEqual(['[email protected]']);
    if (!turn) throw new Error('no turn');
    expect(text.clean(turn.text, turn)).toBe('Write to today. Thanks.');
    expect(text.clean('say [email protected].')).toBe('say .');
  });

  it('quotes up to 32 code points either side, never reaching into an artefact', () => {
    const at = record.source.text.indexOf('today');
    const q = text.quote({ start: at, end: at + 5 });
    expect(q.exact).toBe('today');
    expect(q.prefix).toBe(' ');
    expect(q.suffix).toBe('. Thanks.\n');
    const stalin = record.source.text.indexOf('Stalin');
    expect(Array.from(text.quote({ start: stalin, end: stalin + 6 }).prefix)).toHaveLength(Math.min(32, stalin));
  });
});

describe('quad order', () => {
  it('sorts by subject, predicate (rdf:type first) and object, a prefix before its extensions, and drops duplicates', () => {
    const g = namedNode('https://example.org/g');
    const a = namedNode('https://example.org/a');
    const ab = namedNode('https://example.org/a/b');
    const qs = [
      quad(ab, rdfs.label, literal('x'), g), quad(a, rdfs.label, literal('y', 'en'), g), quad(a, crm.P2_has_type, ab, g),
      quad(a, rdf.type, crm.E21_Person, g), quad(a, rdfs.label, literal('y', 'en'), g),
      quad(a, schema.position, literal('10', xsd.integer), g), quad(a, schema.position, literal('1', xsd.integer), g),
    ];
    const lines = sortQuads(qs).map(nQuadLine);
    // In N-Quads form '/' (U+002F) and '0' sort before '>' and '"': the order is by the IRIs and values themselves.
    expect(lines).toEqual([
      `<${a.value}> <${rdf.type.value}> <${crm.E21_Person.value}> <${g.value}> .`,
      `<${a.value}> <${schema.position.value}> "1"^^<${xsd.integer.value}> <${g.value}> .`,
      `<${a.value}> <${schema.position.value}> "10"^^<${xsd.integer.value}> <${g.value}> .`,
      `<${a.value}> <${crm.P2_has_type.value}> <${ab.value}> <${g.value}> .`,
      `<${a.value}> <${rdfs.label.value}> "y"@en <${g.value}> .`,
      `<${ab.value}> <${rdfs.label.value}> "x" <${g.value}> .`,
    ]);
    expect(sortKey(literal('a"\n\u0000', xsd.integer))).not.toContain('\u0000');
  });
});

describe('lodscribe individuals', () => {
  const quads = new Parser({ format: 'text/turtle' }).parse(readFileSync(`${ROOT}ontology/lodscribe.ttl`, 'utf8'));
  it('declares every individual of lod.ts as an owl:NamedIndividual with an English label and comment', () => {
    const declared = quads
      .filter((q) => q.predicate.equals(rdf.type) && q.object.equals(owl.NamedIndividual) && q.subject.value.startsWith(NS.lod))
      .map((q) => q.subject.value.slice(NS.lod.length))
      .sort();
    expect(declared).toEqual([...LOD_INDIVIDUALS].sort());
    for (const p of [rdfs.label, rdfs.comment]) {
      expect(quads.filter((q) => q.subject.equals(lod.SortValue) && q.predicate.equals(p)).map((q) => q.object.termType === 'Literal' && q.object.language)).toEqual(['en']);
    }
    expect(quads.some((q) => q.subject.equals(lod.SortValue) && q.predicate.equals(rdf.type) && q.object.equals(crm.E55_Type))).toBe(true);
  });
});
