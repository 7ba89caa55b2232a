// Extract and link on the example record: every named entity found with exact offsets, linked only where verified.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAuthority } from '../../src/extract/authority.js';
import { extract } from '../../src/stages/extract.js';
import { link } from '../../src/stages/link.js';
import { ROOT, SEED, cpSlice, parsePath, parseText } from '../helpers.js';

const authority = loadAuthority();
const record = parsePath(SEED);
const linked = link(record, extract(record, authority), authority);
const text = record.source.text;
const entity = (key: string) => linked.entities.get(key);
const mentionsOf = (key: string) => linked.mentions.filter((m) => m.entity === key);

/** The verified list's labels, mapped to what the record prints for them. */
const tsvRows = readFileSync(`${ROOT}authority/wikidata-verified.tsv`, 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('label\t')).map((l) => l.split('\t'));

describe('extract on the example record', () => {
  it('finds every entity of the verified list the record names (all but Moscow), with offsets that slice the source', () => {
    const labels = new Map([...linked.entities.values()].map((e) => [e.label, e]));
    const missing = tsvRows.map((r) => r[0]!).filter((label) => !labels.has(label));
    expect(missing).toEqual(['Moscow']);
    for (const m of linked.mentions) expect(cpSlice(text, m.start, m.end)).toBe(m.text);
  });

  it('links Stalin, Mao and Molotov to their verified QIDs and leaves Zhou Enlai without one', () => {
    expect(entity('person/joseph-stalin')?.qid).toBe('Q855');
    expect(entity('person/mao-zedong')?.qid).toBe('Q5816');
    expect(entity('person/vyacheslav-molotov')?.qid).toBe('Q132899');
    expect(entity('person/zhou-enlai')).toMatchObject({ qid: null, scope: 'global', via: 'authority' });
    expect(entity('place/tibet')?.qid).toBe('Q17252');
  });

  it('resolves speakers and attendees to the same person entities as the mentions of them', () => {
    const speakers = new Set(linked.mentions.filter((m) => m.from === 'speaker').map((m) => m.entity));
    expect([...speakers].sort()).toEqual(['person/joseph-stalin', 'person/mao-zedong', 'person/vyacheslav-molotov', 'person/zhou-enlai']);
    const attendees = linked.mentions.filter((m) => m.from === 'attendance' && m.side !== undefined);
    expect(attendees.map((m) => [m.entity, m.side])).toContainEqual(['person/zhou-enlai', 2]);
    expect(attendees).toHaveLength(12);
    expect(mentionsOf('person/zhou-enlai').map((m) => m.from)).toEqual(['turn', 'speaker', 'speaker', 'speaker', 'turn', 'attendance']);
    expect(mentionsOf('person/andrey-vyshinsky').map((m) => m.from)).toEqual(['turn', 'turn', 'attendance']);
  });

  it('attaches the editors\' role gloss to Vyshinskii, with the given name it supplies', () => {
    const m = mentionsOf('person/andrey-vyshinsky')[0]!;
    expect(m.text).toBe('Vyshinskii');
    expect(m.gloss).toMatchObject({ role: 'Soviet Foreign Minister', givenName: 'Andrei', text: '[Soviet Foreign Minister Andrei]' });
    expect(entity('person/andrey-vyshinsky')).toMatchObject({ roles: ['Soviet Foreign Minister'], givenNames: ['Andrei'] });
    expect(entity('person/liu-bocheng')?.roles).toEqual(["CCP CC member and commander of the PLA's Second Field Army"]);
  });

  it('gives Shi Zhe his pseudonym and Dalny its three names', () => {
    expect(mentionsOf('person/shi-zhe').map((m) => m.text)).toEqual(['Shi Zhe', 'Karskii']);
    expect(entity('person/shi-zhe')?.pseudonyms).toContain('Karskii');
    expect(mentionsOf('place/dalian').map((m) => m.text).filter((t, i, a) => a.indexOf(t) === i)).toEqual(['Dalny', 'Dairen', 'Dalian']);
    expect(mentionsOf('place/dalian').filter((m) => m.from === 'gloss').map((m) => m.text)).toEqual(['Dairen', 'Dalian']);
  });

  it('reads possessives, demonyms, abbreviations and period labels', () => {
    expect(mentionsOf('person/liu-bocheng')[0]?.text).toBe('Liu Bocheng');
    expect(mentionsOf('group/peoples-liberation-army').map((m) => m.text)).toEqual(['PLA']);
    expect(mentionsOf('group/pla-second-field-army').map((m) => m.text)).toEqual(["PLA's Second Field Army"]);
    expect(mentionsOf('group/czechoslovakia').map((m) => m.text)).toEqual(['Czechs']);
    expect(mentionsOf('group/bulgaria').map((m) => m.text)).toEqual(['Bulgarians']);
    expect(mentionsOf('place/tibet').map((m) => m.text)).toEqual(['Tibet', 'Tibetans', 'Tibet']);
    expect(mentionsOf('place/chinese-eastern-railway').map((m) => m.text)).toEqual(['KChZhD', 'KChZhD', 'KChZhD', 'Chinese-Eastern Railway']);
    expect(mentionsOf('agreement/sino-soviet-treaty-of-friendship-and-alliance-1945').map((m) => m.text)).toEqual(['current Treaty of friendship']);
    expect(mentionsOf('group/central-peoples-government')[0]).toMatchObject({ from: 'title', text: "Central People's Government of the People’s Republic of China" });
    expect(mentionsOf('group/chinese-communist-party').map((m) => [m.text, m.from])).toEqual([['CCP', 'gloss'], ['CCP', 'gloss'], ['CCP', 'gloss']]);
  });

  it('leaves nothing unlinked in the example, and asserts no place it does not name', () => {
    expect([...linked.entities.values()].filter((e) => e.scope === 'record')).toEqual([]);
    expect(entity('place/moscow')).toBeUndefined();
  });
});

describe('extract on other pages', () => {
  const page = (date: string, body: string) => parseText(`${date}\nRecord of Conversation\n${body}\nSummary.\nRecord ID\n`, 'p.txt');

  it('keeps a capitalised name the authority lacks as a record-scoped candidate with a finding', () => {
    const r = page('March 3, 1951', 'Stalin: We sent comrade Zhukov to Berlin.\nMAO ZEDONG: Agreed.');
    const x = extract(r, authority);
    const l = link(r, x, authority);
    expect(x.mentions.map((m) => [m.text, m.type, m.entity])).toEqual([
      ['Stalin', 'person', 'person/joseph-stalin'],
      ['Zhukov', 'person', 'record/p/person/zhukov'],
      ['Berlin', 'place', 'record/p/place/berlin'],
      ['MAO ZEDONG', 'person', 'person/mao-zedong'],
    ]);
    expect(x.findings.map((f) => [f.code, f.args['name']])).toEqual([['unlinked-name', 'Zhukov'], ['unlinked-name', 'Berlin']]);
    expect(l.entities.get('record/p/person/zhukov')).toMatchObject({ scope: 'record', qid: null, score: 0 });
  });

  it('never merges two Zhukovs of two records', () => {
    const a = parseText('May 1, 1945\nT\nStalin: Comrade Zhukov took Berlin.\nS.\nRecord ID\n', 'a.txt');
    const b = parseText('June 1, 1975\nT\nBrezhnev: We met comrade Zhukov.\nS.\nRecord ID\n', 'b.txt');
    const ka = extract(a, authority).mentions.find((m) => m.text === 'Zhukov')?.entity;
    const kb = extract(b, authority).mentions.find((m) => m.text === 'Zhukov')?.entity;
    expect([ka, kb]).toEqual(['record/a/person/zhukov', 'record/b/person/zhukov']);
  });

  it('reads curly and straight apostrophes as one name', () => {
    const r = page('January 2, 1950', "Stalin: The People’s Republic of China and the People's Republic of China.");
    expect(extract(r, authority).mentions.filter((m) => m.from === 'turn').map((m) => m.entity)).toEqual([
      'group/peoples-republic-of-china', 'group/peoples-republic-of-china',
    ]);
  });

  it('uses period labels only for records dated inside their period', () => {
    const inside = extract(page('January 2, 1950', 'Stalin: The new treaty is ready.'), authority);
    const outside = extract(page('January 2, 1960', 'Khrushchev: The new treaty is ready.'), authority);
    expect(inside.mentions.map((m) => m.entity)).toContain('agreement/sino-soviet-treaty-of-friendship-alliance-and-mutual-assistance-1950');
    expect(outside.mentions.map((m) => m.entity)).not.toContain('agreement/sino-soviet-treaty-of-friendship-alliance-and-mutual-assistance-1950');
  });
});
