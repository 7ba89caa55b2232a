// Reading answers and scoring candidates: time precision, name matching, classes, dates, glosses, and the decision.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classFit } from '../../src/wikidata/classes.js';
import { compactAnswer, parseEntities, parseSearch, parseTime, type Candidate } from '../../src/wikidata/entity.js';
import { decide, normalizeName, scoreCandidate } from '../../src/wikidata/score.js';
import type { ReconcileQuery, ScoredCandidate } from '../../src/wikidata/types.js';
import { WIKIDATA_FIXTURES } from './server.js';

const entities = parseEntities({ entities: JSON.parse(readFileSync(`${WIKIDATA_FIXTURES}entities.json`, 'utf8')) });
const get = (id: string): Candidate => entities.get(id) as Candidate;
const query = (over: Partial<ReconcileQuery>): ReconcileQuery => ({ name: 'x', kind: 'person', recordId: 'r', span: { start: 0, end: 1 }, ...over });

describe('reading answers', () => {
  it('reads labels, aliases, descriptions, classes and dated statements', () => {
    expect(get('Q900011')).toEqual({
      id: 'Q900011', label: 'Ivan Petrenko', aliases: ['I. P. Petrenko'], description: 'Soviet diplomat', classes: ['Q5'],
      times: { P569: [{ from: 1880, to: 1880 }], P570: [{ from: 1940, to: 1940 }] },
    });
    expect(parseEntities({ entities: { Q1: { id: 'Q1', missing: true } } }).size).toBe(0);
    expect(parseSearch({ search: [{ id: 'Q1', label: 'a' }, { id: 'bad' }, null] })).toEqual([{ id: 'Q1', label: 'a', description: '' }]);
    expect(parseSearch('not json')).toEqual([]);
  });

  it('leaves out deprecated statements and falls back to the mul label', () => {
    const e = parseEntities({ entities: { Q7: { labels: { mul: { value: 'Mul' } }, claims: { P31: [
      { mainsnak: { datavalue: { value: { id: 'Q5' } } }, rank: 'deprecated' },
      { mainsnak: { snaktype: 'somevalue' } },
    ] } } } }).get('Q7');
    expect(e).toMatchObject({ label: 'Mul', classes: [] });
  });

  it('widens decades and centuries, and reads years BCE', () => {
    expect(parseTime('+1878-12-18T00:00:00Z', 11)).toEqual({ from: 1878, to: 1878 });
    expect(parseTime('+1950-00-00T00:00:00Z', 8)).toEqual({ from: 1950, to: 1959 });
    expect(parseTime('+1900-00-00T00:00:00Z', 7)).toEqual({ from: 1801, to: 1900 });
    expect(parseTime('-0500-00-00T00:00:00Z', 9)).toEqual({ from: -500, to: -500 });
    expect(parseTime('+2000-00-00T00:00:00Z', 6)).toBeUndefined();
    expect(parseTime('garbage', 11)).toBeUndefined();
  });

  it('trims answers for the cache without changing what is read from them', () => {
    const raw = JSON.parse(readFileSync(`${WIKIDATA_FIXTURES}search-tibet.json`, 'utf8')) as unknown;
    expect(parseSearch(compactAnswer(raw))).toEqual(parseSearch(raw));
    const all = { entities: JSON.parse(readFileSync(`${WIKIDATA_FIXTURES}entities.json`, 'utf8')) as unknown };
    expect(parseEntities(compactAnswer(all))).toEqual(entities);
    const image = { mainsnak: { snaktype: 'value', property: 'P18', datavalue: { value: 'x.jpg', type: 'string' } }, id: 'Q1$a', rank: 'normal' };
    const compact = JSON.stringify(compactAnswer({ entities: { Q1: { id: 'Q1', claims: { P18: [image], P31: [{ ...image, property: 'P31' }] } } } }));
    expect(compact).toBe('{"entities":{"Q1":{"id":"Q1","claims":{"P31":[{"mainsnak":{"datavalue":{"value":"x.jpg","type":"string"}},"rank":"normal"}]}}}}');
  });
});

describe('scoring', () => {
  it('normalises names: case, diacritics, apostrophes, punctuation', () => {
    expect(normalizeName('  Lüshunkou ')).toBe('lushunkou');
    expect(normalizeName('I.V. Stalin')).toBe(normalizeName('I. V.  Stalin'));
    expect(normalizeName('People’s  Republic')).toBe("people's republic");
  });

  it('fits classes to kinds from the one table', () => {
    expect(classFit('person', ['Q5'])).toBe('fits');
    expect(classFit('place', ['Q3024240'])).toBe('fits');
    expect(classFit('group', ['Q7278', 'Q4167410'])).toBe('fits');
    expect(classFit('person', ['Q101352'])).toBe('never');
    expect(classFit('place', ['Q123456789'])).toBe('other');
    expect(classFit('event', [])).toBe('none');
  });

  it('a label beats an alias beats a surname; a wrong type or an impossible date halves the score', () => {
    const zorin = get('Q900021');
    const s = (over: Partial<ReconcileQuery>) => scoreCandidate(query(over), zorin);
    expect(s({ name: 'nikolai ZORIN', recordDate: '1950' }).parts.name).toBe(1);
    expect(s({ name: 'Zorin', recordDate: '1950' }).parts.name).toBe(0.9);
    expect(scoreCandidate(query({ name: 'Petrenko' }), get('Q900012')).parts.name).toBe(0.7);
    expect(s({ name: 'Nikolai Zorin', recordDate: '1950' })).toMatchObject({ score: 0.91, parts: { type: 1, dates: 1, gloss: 0.4 } });
    expect(s({ name: 'Nikolai Zorin', recordDate: '1880' })).toMatchObject({ score: 0.355, conflict: 'born 1890, after the record (1880)' });
    expect(s({ name: 'Nikolai Zorin', recordDate: '1950', kind: 'place' })).toMatchObject({ parts: { type: 0 } });
    expect(scoreCandidate(query({ name: 'Petrenko' }), get('Q900013')).conflict).toBe('a name or disambiguation page, not an entity');
  });

  it('a person born more than 110 years before the record with no death date is not alive in it', () => {
    const old: Candidate = { ...get('Q900021'), times: { P569: [{ from: 1820, to: 1820 }] } };
    expect(scoreCandidate(query({ name: 'Zorin', recordDate: '1950' }), old).conflict).toBe('born 1820, too long before the record (1950)');
  });

  it('a gloss counts by the share of its words in the description, squared', () => {
    const s = (gloss: string) => scoreCandidate(query({ name: 'Petrenko', gloss }), get('Q900012')).parts.gloss;
    expect(s('Soviet general')).toBe(1);
    expect(s('Soviet diplomat')).toBe(0.25);
    expect(s('diplomats')).toBe(0);
    expect(s('of the')).toBe(0.4);
    expect(s('generals')).toBe(1);
  });
});

describe('decide', () => {
  const c = (id: string, score: number): ScoredCandidate => ({ id, label: id, description: '', score, parts: { name: 1, type: 1, dates: 1, gloss: 1 } });

  it('accepts above the threshold with a margin, ranks ties by QID', () => {
    expect(decide([c('Q10', 0.7), c('Q2', 0.9)]).accept?.id).toBe('Q2');
    expect(decide([c('Q10', 0.9), c('Q2', 0.9)]).ranked.map((x) => x.id)).toEqual(['Q2', 'Q10']);
    expect(decide([c('Q10', 0.9), c('Q2', 0.8)]).accept?.id).toBe('Q10');
    expect(decide([c('Q10', 0.9), c('Q2', 0.85)]).reason).toMatch(/^ambiguous/);
    expect(decide([c('Q1', 0.79)]).reason).toMatch(/below 0.8/);
    expect(decide([]).reason).toBe('no candidate');
    expect(decide([c('Q1', 0.7)], { threshold: 0.6 }).accept?.id).toBe('Q1');
  });
});
