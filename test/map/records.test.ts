// Other record types and layouts from the hand-written fixtures: creation, authors, recipients, places, dates, metadata.
import { describe, expect, it } from 'vitest';
import type { Entity, LinkedRecord, Mention } from '../../src/entities.js';
import { literal, namedNode } from '../../src/rdf/factory.js';
import { crm, dcterms, lod, mint, schema, xsd } from '../../src/rdf/namespaces.js';
import type { SourceRecord } from '../../src/record.js';
import { mapRecord, type MappedRecord } from '../../src/stages/map.js';
import { FIXTURES, parsePath } from '../helpers.js';
import { has, objects, typesOf, values } from './quads.js';

const BASE = 'https://example.org/lod/';
const m = mint(BASE);

function person(key: string, label: string, altLabels: string[] = []): Entity {
  return { key, kind: 'person', label, altLabels, qid: null, score: 1, scope: 'global', via: 'authority' };
}

function linked(name: string, entities: Entity[] = [], mentions: (r: SourceRecord) => Mention[] = () => []): LinkedRecord {
  const record = parsePath(`${FIXTURES}${name}.txt`);
  return { record, mentions: mentions(record), entities: new Map(entities.map((e) => [e.key, e])), findings: [] };
}

function mentionOf(r: SourceRecord, word: string, from: number, entity: string): Mention {
  const start = r.source.text.indexOf(word, from);
  return { recordId: r.id, start, end: start + word.length, text: word, type: 'person', entity, from: 'narration' };
}

const run = (l: LinkedRecord): MappedRecord => mapRecord(l, { base: BASE });

describe('records that are not transcripts', () => {
  it('gives a telegram a creation carried out by the author its metadata names, and nothing without a match', () => {
    const stalin = person('person/joseph-stalin', 'Joseph Stalin', ['Stalin']);
    const out = run(linked('014_filippov_mao_telegram_1950', [stalin]));
    const r = m.record('111240');
    const c = m.recordPart('111240', 'creation');
    expect(typesOf(out.quads, c)).toEqual([crm.E65_Creation.value, schema.CreateAction.value].sort());
    expect(objects(out.quads, r, crm.P94i_was_created_by)).toEqual([c]);
    expect(objects(out.quads, c, crm.P14_carried_out_by)).toEqual([m.entity('person', 'joseph-stalin')]);
    expect(objects(out.quads, r, schema.author)).toEqual([m.entity('person', 'joseph-stalin')]);
    expect(objects(out.quads, r, crm.P70_documents)).toEqual([]);
    expect(values(out.quads, m.recordPart('111240', 'creation', 'time-span'), crm.P82a_begin_of_the_begin)).toEqual(['1950-07-01T00:00:00']);
    expect(objects(out.quads, r, dcterms.source)).toEqual([literal('Archive of the President of the Russian Federation (APRF)', 'en')]);
    expect(values(out.quads, r, dcterms.bibliographicCitation)[0]).toMatch(/^Archive of the President/);
    expect(objects(out.quads, r, lod.originalLanguage)).toEqual([literal('Russian', 'en')]);
    expect(values(out.quads, r, schema.identifier)).toEqual(['111240']);
    const unmatched = run(linked('014_filippov_mao_telegram_1950'));
    expect(objects(unmatched.quads, c, crm.P14_carried_out_by)).toEqual([]);
    expect(objects(unmatched.quads, r, schema.author)).toEqual([]);
  });

  it('reads the recipient from the salutation and the author from the signature, as linked', () => {
    const vyshinsky = person('person/andrey-vyshinsky', 'Andrey Vyshinsky', ['Vyshinsky']);
    const shtykov = person('person/terentii-shtykov', 'Terentii Shtykov', ['Shtykov']);
    const l = linked('003_shtykov_telegram_1949', [vyshinsky, shtykov], (r) => [
      mentionOf(r, 'Vyshinsky', 337, 'person/andrey-vyshinsky'),
      mentionOf(r, 'SHTYKOV', 1057, 'person/terentii-shtykov'),
    ]);
    const out = run(l);
    const r = m.record(l.record.id);
    expect(objects(out.quads, r, schema.recipient)).toEqual([m.entity('person', 'andrey-vyshinsky')]);
    expect(objects(out.quads, r, schema.author)).toEqual([m.entity('person', 'terentii-shtykov')]);
    expect(objects(out.quads, r, dcterms.source)).toEqual([]);
  });

  it('dates a month-only letter by xsd:gYearMonth and a time-span over the whole month; its heading place is the place of writing', () => {
    const out = run(linked('009_ho_chi_minh_letter_1956'));
    const id = out.recordId;
    expect(objects(out.quads, m.record(id), schema.dateCreated)).toEqual([literal('1956-03', xsd.gYearMonth)]);
    const ts = m.recordPart(id, 'creation', 'time-span');
    expect(objects(out.quads, ts, crm.P82a_begin_of_the_begin)).toEqual([literal('1956-03-01T00:00:00', xsd.dateTime)]);
    expect(objects(out.quads, ts, crm.P82b_end_of_the_end)).toEqual([literal('1956-03-31T23:59:59', xsd.dateTime)]);
    const hanoi = m.recordEntity(id, 'place', 'hanoi');
    expect(objects(out.quads, m.recordPart(id, 'creation'), crm.P7_took_place_at)).toEqual([hanoi]);
    expect(typesOf(out.quads, hanoi)).toEqual([crm.E53_Place.value, schema.Place.value].sort());
    expect(out.findings.map((f) => f.code)).toContain('map-unresolved-name');
  });

  it('takes a sidecar URL as an IRI and the translator as a literal', () => {
    const out = run(linked('015_zhou_kim_letter_1958'));
    const r = m.record('121579');
    expect(objects(out.quads, r, schema.url)).toEqual([namedNode('https://digitalarchive.wilsoncenter.org/document/121579')]);
    expect(objects(out.quads, r, schema.translator)).toEqual([literal('Li Wei')]);
    expect(objects(out.quads, r, dcterms.source)).toEqual([literal('PRC Foreign Ministry Archive', 'en')]);
  });

  it('gives a journal entry a creation and no talks: only transcripts document talks', () => {
    const out = run(linked('006_journal_roshchin_1951'));
    const id = out.recordId;
    expect(objects(out.quads, m.record(id), crm.P94i_was_created_by)).toEqual([m.recordPart(id, 'creation')]);
    expect(objects(out.quads, m.record(id), crm.P70_documents)).toEqual([]);
    expect(out.quads.filter((q) => q.subject.value.startsWith(m.recordPart(id, 'talks').value))).toEqual([]);
    expect(objects(out.quads, m.record(id), schema.dateCreated)).toEqual([literal('1951-03-03', xsd.date)]);
  });
});

describe('transcripts from the fixtures', () => {
  it('dates a heading with a time to the minute and places the talks where the heading says', () => {
    const out = run(linked('007_stalin_gao_gang_1951'));
    const id = out.recordId;
    const talks = m.recordPart(id, 'talks');
    expect(objects(out.quads, talks, schema.startDate)).toEqual([literal('1951-03-04T15:00:00', xsd.dateTime)]);
    const ts = m.recordPart(id, 'talks', 'time-span');
    expect(objects(out.quads, ts, crm.P82b_end_of_the_end)).toEqual([literal('1951-03-04T15:00:59', xsd.dateTime)]);
    const moscow = m.recordEntity(id, 'place', 'moscow');
    expect(objects(out.quads, talks, crm.P7_took_place_at)).toEqual([moscow]);
    expect(has(out.quads, talks, schema.location, moscow)).toBe(true);
  });

  it('asserts no date for an impossible one; the duration stays on the Schema.org side (P191 needs a time-span)', () => {
    const out = run(linked('013_zhou_vyshinsky_impossible_date'));
    const id = out.recordId;
    expect(objects(out.quads, m.record(id), schema.dateCreated)).toEqual([]);
    expect(out.quads.filter((q) => q.predicate.equals(crm['P4_has_time-span']) || q.predicate.equals(crm.P191_had_duration))).toEqual([]);
    expect(objects(out.quads, m.recordPart(id, 'talks'), schema.duration)).toEqual([literal('PT50M', xsd.duration)]);
    expect(typesOf(out.quads, m.recordPart(id, 'talks', 'duration'))).toEqual([]);
  });

  it('gives every turn exactly one sender even when nothing is linked (record-scoped speakers)', () => {
    for (const name of ['001_stalin_kim_talks_1949', '002_truman_churchill_1953', '012_tito_khrushchev_belgrade_1955']) {
      const l = linked(name);
      const out = run(l);
      l.record.turns.forEach((_, i) => {
        const senders = objects(out.quads, m.recordPart(l.record.id, 'turn', i + 1), schema.sender);
        expect(senders, `${name} turn ${i + 1}`).toHaveLength(1);
        expect(senders[0]?.value.startsWith(m.record(l.record.id).value)).toBe(true);
      });
    }
  });
});
