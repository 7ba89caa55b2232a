// The review CSV: RFC 4180 quoting that round-trips exactly, decisions read strictly, and the file merged after a run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../src/wikidata/csv.js';
import { mergeReview, parseDecision, readReview, writeReview, type ReviewRow } from '../../src/wikidata/review.js';
import type { ReconcileQuery, ReconcileResult } from '../../src/wikidata/types.js';

const row = (over: Partial<ReviewRow> = {}): ReviewRow => ({
  name: 'Petrenko', record: 'r1', start: 10, end: 18, kind: 'person', candidates: 'Q900011 Ivan Petrenko (0.79); Q900012 Mikhail Petrenko (0.79)', decision: '', ...over,
});

describe('writeReview and readReview', () => {
  it('writes the header and quotes only what RFC 4180 requires', () => {
    const text = writeReview([row(), row({ name: 'Li, "the elder"', record: 'r2', candidates: 'Q1 a\nb (0.50)', decision: 'none' })]);
    expect(text).toBe(
      'name,record,start,end,kind,candidates,decision\n' +
        'Petrenko,r1,10,18,person,Q900011 Ivan Petrenko (0.79); Q900012 Mikhail Petrenko (0.79),\n' +
        '"Li, ""the elder""",r2,10,18,person,"Q1 a\nb (0.50)",none\n',
    );
    expect(readReview(text)).toEqual({ rows: [row(), row({ name: 'Li, "the elder"', record: 'r2', candidates: 'Q1 a\nb (0.50)', decision: 'none' })], findings: [] });
  });

  it('round-trips any rows exactly', () => {
    const text = fc.string({ unit: 'grapheme' });
    const arbRow = fc.record({
      name: text.filter((s) => s.trim() !== ''), record: text.filter((s) => s.trim() !== ''),
      start: fc.nat(), end: fc.nat(), kind: fc.constantFrom('person', 'place', 'group', 'agreement', 'event' as const),
      candidates: text, decision: text,
    });
    fc.assert(fc.property(fc.array(arbRow), (rows) => {
      const written = writeReview(rows);
      expect(readReview(written)).toEqual({ rows, findings: [] });
      expect(writeReview(readReview(written).rows)).toBe(written);
    }));
  });

  it('reads CRLF and a byte order mark, as a spreadsheet saves them', () => {
    const text = '\uFEFFname,record,start,end,kind,candidates,decision\r\nTibet,r1,0,5,place,"Q17252 Tibet (0.81)",Q17252\r\n';
    expect(readReview(text).rows).toEqual([{ name: 'Tibet', record: 'r1', start: 0, end: 5, kind: 'place', candidates: 'Q17252 Tibet (0.81)', decision: 'Q17252' }]);
  });

  it('reports rows it cannot read, with their line', () => {
    const text = 'name,record,start,end,kind,candidates,decision\nA,r1,0,1,person,,\nB,r1,x,1,person,,\nC,r1,0,1,planet,,\nD,r1\n"E,r1,0,1,person,,\n';
    const { rows, findings } = readReview(text, 'review.csv');
    expect(rows.map((r) => r.name)).toEqual(['A']);
    expect(findings.map((f) => [f.code, f.args.line])).toEqual([
      ['review-invalid-row', 6], ['review-invalid-row', 3], ['review-invalid-row', 4], ['review-invalid-row', 5],
    ]);
    expect(readReview('name,decision\n').findings[0]?.args.reason).toMatch(/the header must be/);
    expect(readReview('')).toEqual({ rows: [], findings: [] });
  });

  it('csv: an empty field at the end of a line and an empty quoted field', () => {
    expect(readCsv('a,,""\n,b,\n').rows.map((r) => r.fields)).toEqual([['a', '', ''], ['', 'b', '']]);
    expect(writeCsv([['', 'x,y']])).toBe(',"x,y"\n');
  });
});

describe('decisions', () => {
  it('takes a QID, none or empty; anything else is invalid', () => {
    expect(['Q855', ' Q17252 ', 'none', 'NONE', '', '  ', 'q855', 'Q0', 'Q12x', 'wd:Q5'].map((d) => parseDecision(d).kind)).toEqual([
      'qid', 'qid', 'none', 'none', 'undecided', 'undecided', 'invalid', 'invalid', 'invalid', 'invalid',
    ]);
  });
});

describe('mergeReview', () => {
  const query = (name: string, recordId: string, start = 0): ReconcileQuery => ({ name, kind: 'person', recordId, span: { start, end: start + name.length } });
  const candidates = [{ id: 'Q900012', label: 'Mikhail Petrenko', description: '', score: 0.7, parts: { name: 0.7, type: 1, dates: 1, gloss: 0.4 } }];

  it('adds names sent to review, keeps decided rows, refreshes undecided ones, drops those now linked', () => {
    const rows = [row({ record: 'r1', decision: 'Q900011' }), row({ record: 'r2' }), row({ record: 'r3' }), row({ record: 'r4' })];
    const results: ReconcileResult[] = [
      { query: query('Petrenko', 'r1'), status: 'review', reason: '', candidates },
      { query: query('Petrenko', 'r2'), status: 'review', reason: '', candidates },
      { query: query('Petrenko', 'r3'), status: 'linked', qid: 'Q900012', label: '', score: 0.9, via: 'online', candidates },
      { query: query('Zorin', 'r0', 4), status: 'review', reason: '', candidates },
    ];
    expect(mergeReview(rows, results)).toEqual([
      row({ name: 'Zorin', record: 'r0', start: 4, end: 9, candidates: 'Q900012 Mikhail Petrenko (0.70)' }),
      rows[0],
      row({ record: 'r2', candidates: 'Q900012 Mikhail Petrenko (0.70)' }),
      rows[3],
    ]);
  });
});
