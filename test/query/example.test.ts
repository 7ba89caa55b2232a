// The competency questions of DESIGN.md §7 over the published example (output/), with answers worked out by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/rdf/factory.js';
import { runQuery } from '../../src/stages/query.js';
import { ROOT, SEED, cpSlice, parsePath } from '../helpers.js';

type Row = Record<string, string>;
async function ask(cq: string): Promise<Row[]> {
  const sparql = readFileSync(`${ROOT}queries/${cq}.rq`, 'utf8');
  const result = await runQuery(sparql, { sources: [`${ROOT}output`] });
  if (result.kind !== 'bindings') throw new Error(`${cq} is not a SELECT`);
  return result.rows.map((r) => Object.fromEntries([...r].map(([k, v]: [string, Term]) => [k.replace(/^\?/, ''), v.value])));
}
const P = 'https://w3id.org/lodscribe/person/';

describe('competency questions on the example', () => {
  it('CQ1: who took part, on which side, in what role', async () => {
    const rows = await ask('cq1-participants');
    const by = (side: string) => rows.filter((r) => (r['side'] ?? '') === side).map((r) => r['person']!.slice(P.length)).sort();
    expect(rows).toHaveLength(13);
    expect(by('1')).toEqual(['anastas-mikoyan', 'andrey-vyshinsky', 'georgy-malenkov', 'n-v-roshchin', 'nikolai-fedorenko', 'vyacheslav-molotov']);
    expect(by('2')).toEqual(['chen-boda', 'li-fuchun', 'mao-zedong', 'shi-zhe', 'wang-jiaxiang', 'zhou-enlai']);
    expect(rows.filter((r) => r['role'] === 'principal').map((r) => r['person']!.slice(P.length)).sort()).toEqual(['joseph-stalin', 'mao-zedong']);
    expect(rows.find((r) => r['person'] === `${P}joseph-stalin`)?.['side'] ?? '').toBe('');
  });

  it('CQ2: who spoke, how many turns and how many words each', async () => {
    const rows = await ask('cq2-speakers');
    const record = parsePath(SEED);
    const words = (speaker: string) => record.turns.filter((t) => t.speaker === speaker).reduce((n, t) => n + t.plainText.split(/\s+/).filter(Boolean).length, 0);
    expect(rows.map((r) => [r['speaker']!.slice(P.length), Number(r['turns'])])).toEqual([
      ['joseph-stalin', 32], ['mao-zedong', 29], ['zhou-enlai', 3], ['vyacheslav-molotov', 2],
    ]);
    expect(rows.map((r) => Number(r['wordCount']))).toEqual([words('Stalin'), words('Mao Zedong'), words('Zhou Enlai'), words('Molotov')]);
  });

  it('CQ3: what Stalin said about Port Arthur (the place): turns 23 and 25', async () => {
    const rows = await ask('cq3-said-about');
    expect(rows.map((r) => Number(r['position']))).toEqual([23, 25]);
    expect(rows[0]?.['text']).toMatch(/^As you know, we made the current agreement during the war with Japan\./);
  });

  it('CQ4: the 45 entities the record names, 21 with a verified Wikidata item', async () => {
    const rows = await ask('cq4-mentioned-entities');
    expect(rows).toHaveLength(45);
    expect(rows.filter((r) => r['wikidata'])).toHaveLength(21);
    expect(rows.find((r) => r['entity'] === `${P}joseph-stalin`)?.['wikidata']).toBe('http://www.wikidata.org/entity/Q855');
    expect(rows.find((r) => r['entity'] === `${P}zhou-enlai`)?.['wikidata']).toBeUndefined();
  });

  it('CQ5: the talks took place on 22 January 1950 and lasted two hours', async () => {
    const [row] = await ask('cq5-when');
    expect(row).toMatchObject({ date: '1950-01-22', begin: '1950-01-22T00:00:00', end: '1950-01-22T23:59:59', duration: 'PT2H', minutes: '120' });
  });

  it('CQ6: the records that mention Q855', async () => {
    const rows = await ask('cq6-records-mentioning');
    expect([...new Set(rows.map((r) => r['record']))]).toEqual(['https://w3id.org/lodscribe/record/000_61cf9e0859bf9235']);
  });

  it('CQ7: where each mention of Port Arthur is, as offsets that slice the source to the quote', async () => {
    const rows = await ask('cq7-mention-location');
    const text = readFileSync(SEED, 'utf8');
    expect(rows.map((r) => Number(r['start']))).toEqual([5216, 5561, 5719, 6138, 6771]);
    for (const r of rows) expect(cpSlice(text, Number(r['start']), Number(r['end']))).toBe(r['exact']);
  });
});
