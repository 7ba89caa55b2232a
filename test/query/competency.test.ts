// The competency queries of DESIGN.md §7 (queries/*.rq) on the hand-made corpus, answers worked out by hand.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuery } from '../../src/rdf/comunica.js';
import { runQuery } from '../../src/stages/query.js';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp-dir.js';
import { CORPUS } from '../write/helpers.js';

const QUERIES = `${ROOT}queries/`;
const B = 'https://w3id.org/lodscribe/';
const WD = 'http://www.wikidata.org/entity/';
const query = (name: string): string => readFileSync(`${QUERIES}${name}`, 'utf8');

/** Runs a query file (after the parameter edits a user would make) and gives rows of plain values, '' if unbound. */
async function rows(name: string, edits: [string, string][] = [], extra: string[] = []): Promise<string[][]> {
  let text = query(name);
  for (const [from, to] of edits) {
    expect(text, `${name} holds ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  const result = await runQuery(text, { sources: [CORPUS, ...extra] });
  if (result.kind !== 'bindings') throw new Error(`${name} is not a SELECT query`);
  return result.rows.map((row) => result.variables.map((v) => row.get(v)?.value ?? ''));
}

const short = (iri: string): string => iri.replace(B, '').replace(WD, 'wd:');
const shortRows = (r: string[][]): string[][] => r.map((row) => row.map(short));
const VALUES_R1 = [`# VALUES ?record { <${B}record/000_61cf9e0859bf9235> }`, `VALUES ?record { <${B}record/r1> }`] as [string, string];

describe('queries/', () => {
  const files = readdirSync(QUERIES).filter((f) => f.endsWith('.rq')).sort();

  it('holds the eight competency questions, each opening with what it answers and its parameters', () => {
    expect(files).toEqual([
      'cq1-participants.rq', 'cq2-speakers.rq', 'cq3-said-about.rq', 'cq4-mentioned-entities.rq', 'cq5-when.rq',
      'cq6-records-mentioning.rq', 'cq7-mention-location.rq', 'cq8-federated-enrichment.rq',
    ]);
    files.forEach((f, i) => {
      const lines = query(f).split('\n');
      expect(lines[0]).toMatch(new RegExp(`^# CQ${i + 1} — .+\\?$`));
      expect(lines.slice(0, 8).join('\n')).toMatch(/# Parameters: /);
    });
  });

  it.each(files)('%s parses as a read-only SPARQL query', async (f) => {
    await expect(checkQuery(query(f))).resolves.toBeUndefined();
  });

  it('cq8 federates with the Wikidata endpoint', () => {
    expect(query('cq8-federated-enrichment.rq')).toContain('SERVICE <https://query.wikidata.org/sparql>');
  });
});

describe('answers on the hand-made corpus', () => {
  it('cq1: participants with role, side and the editors’ glosses', async () => {
    expect(shortRows(await rows('cq1-participants.rq'))).toEqual([
      ['record/r1', 'person/joseph-stalin', 'Joseph Stalin', 'principal', '', ''],
      ['record/r1', 'person/mao-zedong', 'Mao Zedong', 'principal', '2', ''],
      ['record/r1', 'person/vyacheslav-molotov', 'Vyacheslav Molotov', 'participant', '1', 'USSR Deputy Premier'],
      ['record/r1', 'record/r1/person/shi-zhe', 'Shi Zhe', 'participant', '2', ''],
      ['record/r1', 'person/zhou-enlai', 'Zhou Enlai', 'participant', '2', ''],
    ]);
    expect(await rows('cq1-participants.rq', [[VALUES_R1[0], `VALUES ?record { <${B}record/r2> }`]])).toEqual([]);
  });

  it('cq2: speakers with turns and words (runs of non-space characters)', async () => {
    // Stalin: 6 + 8 words; Mao: 6 + 5 ("Agreed.\nThe treaty must change."); Molotov: 5 ('He said "yes, of course".')
    expect(shortRows(await rows('cq2-speakers.rq', [VALUES_R1]))).toEqual([
      ['record/r1', 'person/joseph-stalin', 'Joseph Stalin', '2', '14'],
      ['record/r1', 'person/mao-zedong', 'Mao Zedong', '2', '11'],
      ['record/r1', 'person/vyacheslav-molotov', 'Vyacheslav Molotov', '1', '5'],
    ]);
  });

  it('cq2: a speaker with a second label is counted once, not once per label', async () => {
    const file = join(tempDir('lodscribe-cq2-'), 'labels.ttl');
    writeFileSync(file, `<${B}person/joseph-stalin> <http://www.w3.org/2000/01/rdf-schema#label> "Iosif Stalin"@ru .\n`);
    const counts = (await rows('cq2-speakers.rq', [VALUES_R1], [file])).map((r) => [short(r[1] ?? ''), r[3], r[4]]);
    expect(counts).toEqual([['person/joseph-stalin', '2', '14'], ['person/mao-zedong', '2', '11'], ['person/vyacheslav-molotov', '1', '5']]);
  });

  it('cq3: what a person said about a place or an agreement', async () => {
    const text = 'Port Arthur stays under the treaty, for now.';
    expect(shortRows(await rows('cq3-said-about.rq'))).toEqual([['record/r1', '3', 'person/joseph-stalin', 'place/port-arthur', text]]);
    const mao = await rows('cq3-said-about.rq', [['("Stalin" "Port Arthur")', '("mao zedong" "The Treaty")']]);
    expect(shortRows(mao)).toEqual([['record/r1', '4', 'person/mao-zedong', 'agreement/sino-soviet-treaty-1945', 'Agreed.\nThe treaty must change.']]);
    expect(await rows('cq3-said-about.rq', [['("Stalin" "Port Arthur")', '("Molotov" "Port Arthur")']])).toEqual([]);
  });

  it('cq4: the entities each record mentions, with Wikidata items only where verified', async () => {
    expect(shortRows(await rows('cq4-mentioned-entities.rq'))).toEqual([
      ['record/r1', 'agreement', 'agreement/sino-soviet-treaty-1945', 'Sino-Soviet Treaty of Friendship and Alliance (1945)', ''],
      ['record/r1', 'group', 'group/chinese-communist-party', 'Chinese Communist Party', 'wd:Q17427'],
      ['record/r1', 'person', 'person/joseph-stalin', 'Joseph Stalin', 'wd:Q855'],
      ['record/r1', 'person', 'person/mao-zedong', 'Mao Zedong', 'wd:Q5816'],
      ['record/r1', 'person', 'record/r1/person/shi-zhe', 'Shi Zhe', ''],
      ['record/r1', 'person', 'person/vyacheslav-molotov', 'Vyacheslav Molotov', 'wd:Q132899'],
      ['record/r1', 'person', 'person/zhou-enlai', 'Zhou Enlai', ''],
      ['record/r1', 'place', 'place/port-arthur', 'Port Arthur', ''],
      ['record/r2', 'person', 'person/joseph-stalin', 'Joseph Stalin', 'wd:Q855'],
    ]);
  });

  it('cq4 for one record: the same rows, that record’s only', async () => {
    const all = shortRows(await rows('cq4-mentioned-entities.rq'));
    const one = shortRows(await rows('cq4-mentioned-entities.rq', [VALUES_R1]));
    expect(one).toHaveLength(8);
    expect(one).toEqual(all.filter((r) => r[0] === 'record/r1'));
  });

  it('cq5: when the talks happened and how long they lasted', async () => {
    expect(shortRows(await rows('cq5-when.rq'))).toEqual([
      ['record/r1', '1950-01-22', '1950-01-22T00:00:00', '1950-01-22T23:59:59', 'January 22, 1950', 'PT2H', '120', 'two hours'],
    ]);
  });

  it('cq6: the records that mention a Wikidata item, across the corpus', async () => {
    expect(shortRows(await rows('cq6-records-mentioning.rq'))).toEqual([
      ['wd:Q855', 'record/r1', 'Record of Talks between Stalin and Mao', 'person/joseph-stalin', 'about'],
      ['wd:Q855', 'record/r2', 'Telegram to Filippov', 'person/joseph-stalin', 'refers to'],
    ]);
    const two = await rows('cq6-records-mentioning.rq', [['VALUES ?item { wd:Q855 }', 'VALUES ?item { wd:Q132899 wd:Q1 }']]);
    expect(shortRows(two)).toEqual([['wd:Q132899', 'record/r1', 'Record of Talks between Stalin and Mao', 'person/vyacheslav-molotov', 'refers to']]);
  });

  it('cq7: where a mention is in the source text', async () => {
    const src = 'record/r1/source';
    expect(shortRows(await rows('cq7-mention-location.rq'))).toEqual([
      ['record/r1/mention/5', src, '530', '541', 'Port Arthur', 'We should discuss ', ' first.', 'record/r1/turn/2', 'turn'],
      ['record/r1/mention/6', src, '560', '571', 'Port Arthur', 'Stalin: ', ' stays under', 'record/r1/turn/3', 'turn'],
    ]);
    const filippov = await rows('cq7-mention-location.rq', [['VALUES ?name { "Port Arthur" }', 'VALUES ?name { "Filippov" }']]);
    expect(shortRows(filippov)).toEqual([['record/r2/mention/1', 'record/r2/source', '10', '18', 'Filippov', '', '', '', 'salutation']]);
  });
});
