// The example record mapped with hand-placed mentions: hand-worked expectations from ontology/MAPPING.md.
import { describe, expect, it } from 'vitest';
import { literal } from '../../src/rdf/factory.js';
import { aat, crm, dcterms, la, lod, mint, oa, owl, rdfs, schema, wd, xsd } from '../../src/rdf/namespaces.js';
import { mapRecord } from '../../src/stages/map.js';
import { cpSlice } from '../helpers.js';
import { seedLinked } from './linked.js';
import { has, literals, objects, subjects, typesOf, values } from './quads.js';

const BASE = 'https://example.org/lod/';
const m = mint(BASE);
const linked = seedLinked();
const R = linked.record.id;
const out = mapRecord(linked, { base: BASE });
const all = [...out.quads, ...out.entityQuads];
const part = (...s: (string | number)[]) => m.recordPart(R, ...s);
const person = (slug: string) => m.entity('person', slug);
const talks = part('talks');

describe('the example record', () => {
  it('puts every record quad in the record graph and every entity quad in the entities graph', () => {
    expect(out.recordId).toBe(R);
    expect(out.graph.equals(m.graph(R))).toBe(true);
    expect(out.quads.every((q) => q.graph.equals(m.graph(R)))).toBe(true);
    expect(out.entityQuads.every((q) => q.graph.equals(m.entitiesGraph))).toBe(true);
    expect(all.some((q) => [q.subject, q.object].some((t) => t.termType === 'BlankNode'))).toBe(false);
    expect(out.findings).toEqual([]);
  });

  it('types the record in both vocabularies, with title, language, date and genre', () => {
    const r = m.record(R);
    expect(typesOf(out.quads, r)).toEqual([crm.E31_Document.value, crm.E33_Linguistic_Object.value, schema.ArchiveComponent.value].sort());
    expect(objects(out.quads, r, crm.P102_has_title)).toEqual([part('title')]);
    expect(values(out.quads, part('title'), crm.P190_has_symbolic_content)[0]).toMatch(/^Record of Talks between I\.V\. Stalin/);
    expect(has(out.quads, r, schema.dateCreated, literal('1950-01-22', xsd.date))).toBe(true);
    expect(has(out.quads, r, schema.inLanguage, literal('en'))).toBe(true);
    expect(has(out.quads, r, schema.genre, literal('transcript'))).toBe(true);
    expect(has(out.quads, r, crm.P70_documents, talks) && has(out.quads, r, schema.about, talks)).toBe(true);
    expect(objects(out.quads, r, crm.P94i_was_created_by)).toEqual([]);
    expect(values(out.quads, part('source'), lod.sha256)).toEqual([linked.record.source.sha256]);
  });

  it('has 66 turns, each a speech turn and a message with one sender, at positions 1..66', () => {
    const turns = subjects(out.quads, schema.isPartOf, part('conversation'));
    expect(turns).toHaveLength(66);
    const positions: number[] = [];
    for (let n = 1; n <= 66; n++) {
      const t = part('turn', n);
      expect(typesOf(out.quads, t)).toEqual([crm.E33_Linguistic_Object.value, lod.SpeechTurn.value, schema.Message.value].sort());
      expect(objects(out.quads, t, schema.sender)).toHaveLength(1);
      const pos = objects(out.quads, t, schema.position);
      expect(pos).toHaveLength(1);
      expect(pos[0]?.termType === 'Literal' && pos[0].datatype.equals(xsd.integer)).toBe(true);
      positions.push(Number(pos[0]?.value));
      expect(values(out.quads, part('turn', n, 'position'), crm.P190_has_symbolic_content)).toEqual([String(n).padStart(4, '0')]);
      const u = part('turn', n, 'utterance');
      expect(has(out.quads, t, crm.P129_is_about, u) && has(out.quads, u, crm.P9i_forms_part_of, talks)).toBe(true);
      expect(objects(out.quads, u, crm.P14_carried_out_by)).toEqual(objects(out.quads, t, schema.sender));
    }
    expect(positions).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
    expect(objects(out.quads, part('turn', 1), schema.sender)).toEqual([person('joseph-stalin')]);
    expect(objects(out.quads, part('turn', 2), schema.sender)).toEqual([person('mao-zedong')]);
  });

  it('gives turn 50 the aside "says comr. Stalin jokingly"', () => {
    const aside = part('turn', 50, 'aside', 1);
    expect(has(out.quads, aside, crm.P106i_forms_part_of, part('turn', 50))).toBe(true);
    expect(values(out.quads, aside, crm.P190_has_symbolic_content)).toEqual(['says comr. Stalin jokingly']);
    expect(typesOf(out.quads, aside)).toContain(lod.NarratorAside.value);
    expect(all.filter((q) => q.subject.value.includes('/aside/'))).not.toHaveLength(0);
    expect(new Set(all.filter((q) => q.subject.value.includes('/aside/')).map((q) => q.subject.value))).toEqual(new Set([aside.value]));
  });

  it('dates the talks to the whole of 22 January 1950 and gives their duration, PT2H', () => {
    const ts = part('talks', 'time-span');
    expect(objects(out.quads, talks, crm['P4_has_time-span'])).toEqual([ts]);
    expect(objects(out.quads, ts, crm.P82a_begin_of_the_begin)).toEqual([literal('1950-01-22T00:00:00', xsd.dateTime)]);
    expect(objects(out.quads, ts, crm.P82b_end_of_the_end)).toEqual([literal('1950-01-22T23:59:59', xsd.dateTime)]);
    expect(objects(out.quads, ts, rdfs.label)).toEqual([literal('January 22, 1950', 'en')]);
    expect(objects(out.quads, talks, schema.duration)).toEqual([literal('PT2H', xsd.duration)]);
    expect(objects(out.quads, talks, schema.startDate)).toEqual([literal('1950-01-22', xsd.date)]);
    const d = part('talks', 'duration');
    expect(objects(out.quads, ts, crm.P191_had_duration)).toEqual([d]);
    expect(objects(out.quads, d, crm.P90_has_value)).toEqual([literal('120', xsd.decimal)]);
    expect(objects(out.quads, d, lod.isoDuration)).toEqual([literal('PT2H', xsd.duration)]);
  });

  it('has Stalin and Mao carry out the talks (P14) and the others take part (P11); all attend', () => {
    const principals = [person('joseph-stalin'), person('mao-zedong')].map((p) => p.value).sort();
    const others = ['vyacheslav-molotov', 'georgy-malenkov', 'anastas-mikoyan', 'andrey-vyshinsky', 'n-v-roshchin', 'nikolai-fedorenko',
      'zhou-enlai', 'li-fuchun', 'wang-jiaxiang', 'chen-boda', 'shi-zhe'].map((s) => person(s).value).sort();
    expect(values(out.quads, talks, crm.P14_carried_out_by)).toEqual(principals);
    expect(values(out.quads, talks, crm.P11_had_participant)).toEqual(others);
    expect(values(out.quads, talks, schema.attendee)).toEqual([...principals, ...others].sort());
  });

  it('asserts no place and no archive: the page names neither', () => {
    expect(all.filter((q) => q.predicate.equals(crm.P7_took_place_at) || q.predicate.equals(schema.location))).toEqual([]);
    expect(all.filter((q) => q.predicate.equals(dcterms.source))).toEqual([]);
    expect(all.filter((q) => q.subject.value.includes('/place/') && q.subject.value.includes('/record/'))).toEqual([]);
  });

  it('reads the role gloss of Vyshinskii as an attribute assignment by the editors', () => {
    const note = part('note', 1);
    const a = part('note', 1, 'assignment');
    expect(typesOf(out.quads, note)).toEqual(expect.arrayContaining([lod.RoleGloss.value, lod.EditorialNote.value, crm.E33_Linguistic_Object.value]));
    expect(values(out.quads, note, crm.P190_has_symbolic_content)).toEqual(['[Soviet Foreign Minister Andrei]']);
    expect(typesOf(out.quads, a)).toEqual([crm.E13_Attribute_Assignment.value]);
    expect(objects(out.quads, a, crm.P14_carried_out_by)).toEqual([part('editors')]);
    expect(objects(out.quads, a, crm.P140_assigned_attribute_to)).toEqual([person('andrey-vyshinsky')]);
    expect(objects(out.quads, a, crm.P177_assigned_property_of_type)).toEqual([schema.jobTitle]);
    expect(objects(out.quads, a, crm.P141_assigned)).toEqual([note]);
    expect(objects(out.quads, a, rdfs.label)).toEqual([literal('Soviet Foreign Minister', 'en')]);
    expect(objects(out.quads, person('andrey-vyshinsky'), schema.jobTitle)).toEqual([literal('Soviet Foreign Minister', 'en')]);
    expect(typesOf(out.quads, part('editors'))).toEqual([crm.E74_Group.value, schema.Organization.value].sort());
  });

  it('gives the pseudonym Karskii as an appellation of Shi Zhe in the record graph', () => {
    const k = linked.record.editorial.findIndex((n) => n.kind === 'pseudonym') + 1;
    const name = part('note', k, 'name');
    expect(has(out.quads, person('shi-zhe'), crm.P1_is_identified_by, name)).toBe(true);
    expect(values(out.quads, name, crm.P190_has_symbolic_content)).toEqual(['Karskii']);
    expect(has(out.quads, person('shi-zhe'), schema.alternateName, literal('Karskii', 'en'))).toBe(true);
  });

  it('links Stalin to Q855 by la:equivalent and schema:sameAs, never owl:sameAs; Zhou Enlai has no QID', () => {
    const stalin = person('joseph-stalin');
    expect(objects(out.entityQuads, stalin, la.equivalent)).toEqual([wd('Q855')]);
    expect(objects(out.entityQuads, stalin, schema.sameAs)).toEqual([wd('Q855')]);
    expect(all.filter((q) => q.predicate.equals(owl.sameAs))).toEqual([]);
    expect(objects(all, person('zhou-enlai'), la.equivalent)).toEqual([]);
    expect(objects(all, person('zhou-enlai'), schema.sameAs)).toEqual([]);
    expect(objects(out.entityQuads, stalin, schema.birthDate)).toEqual([literal('1878', xsd.gYear)]);
  });

  it('names entities with appellations, name/1 the primary name', () => {
    const stalin = person('joseph-stalin');
    const names = values(out.entityQuads, stalin, crm.P1_is_identified_by);
    expect(names).toEqual([1, 2, 3, 4].map((k) => m.entity('person', 'joseph-stalin', 'name', k).value));
    expect(values(out.entityQuads, m.entity('person', 'joseph-stalin', 'name', 1), crm.P2_has_type)).toEqual([aat(300404670).value]);
    expect(values(out.entityQuads, m.entity('person', 'joseph-stalin', 'name', 2), crm.P2_has_type)).toEqual([]);
    expect(values(out.entityQuads, stalin, schema.alternateName)).toEqual(['Filippov', 'I.V. Stalin', 'Stalin']);
    const liu = m.recordEntity(R, 'person', 'liu-bocheng');
    expect(typesOf(out.quads, liu)).toEqual([crm.E21_Person.value, schema.Person.value].sort());
    expect(out.entityQuads.some((q) => q.subject.equals(liu))).toBe(false);
  });

  it('is about the entities the summary names and mentions the others', () => {
    const r = m.record(R);
    const about = ['person/joseph-stalin', 'person/mao-zedong', 'group/soviet-union', 'place/tibet'].map((k) => BASE + k).sort();
    expect(values(out.quads, r, crm.P129_is_about)).toEqual(about);
    expect(values(out.quads, r, schema.about)).toEqual([...about, talks.value].sort());
    const refers = values(out.quads, r, crm.P67_refers_to);
    expect(refers).toContain(person('zhou-enlai').value);
    expect(refers).toContain(m.entity('place', 'dalian').value);
    expect(refers.filter((x) => about.includes(x))).toEqual([]);
    expect(values(out.quads, r, schema.mentions)).toEqual(refers);
  });

  it('removes the scraping artefact from every literal, and publishes no note for it', () => {
    expect(literals(all).filter((l) => l.includes('[email protected]') || l.includes('email protected'))).toEqual([]);
    const rights = values(out.quads, part('rights', 2), crm.P190_has_symbolic_content)[0] ?? '';
    expect(rights).toMatch(/History and Public Policy Program at\.$/);
    const artefact = linked.record.editorial.findIndex((n) => n.kind === 'artefact') + 1;
    expect(artefact).toBeGreaterThan(0);
    expect(all.filter((q) => q.subject.equals(part('note', artefact)))).toEqual([]);
  });

  it('annotates each mention with a position and a quote selector into the source', () => {
    linked.mentions.forEach((mention, i) => {
      const k = i + 1;
      const target = part('mention', k, 'target');
      expect(objects(out.quads, part('mention', k), oa.hasBody)[0]?.value).toContain(mention.entity.split('/').at(-1));
      expect(objects(out.quads, target, oa.hasSource)).toEqual([part('source')]);
      const pos = part('mention', k, 'position');
      expect(objects(out.quads, pos, oa.start)).toEqual([literal(String(mention.start), xsd.nonNegativeInteger)]);
      expect(objects(out.quads, pos, oa.end)).toEqual([literal(String(mention.end), xsd.nonNegativeInteger)]);
      const quote = part('mention', k, 'quote');
      expect(values(out.quads, quote, oa.exact)).toEqual([cpSlice(linked.record.source.text, mention.start, mention.end)]);
      const prefix = values(out.quads, quote, oa.prefix)[0] ?? '';
      expect(Array.from(prefix).length).toBeLessThanOrEqual(32);
      expect(cpSlice(linked.record.source.text, mention.start - Array.from(prefix).length, mention.start)).toBe(prefix);
      expect(values(out.quads, part('mention', k), lod.mentionSource)).toEqual([mention.from]);
    });
    const first = linked.mentions.findIndex((x) => x.from === 'attendance') + 1;
    expect(objects(out.quads, part('mention', first), lod.side)).toEqual([literal('1', xsd.integer)]);
    expect(values(out.quads, part('mention', 1, 'target'), dcterms.isPartOf)).toEqual([part('turn', 1).value]);
  });

  it('maps deterministically: twice gives identical quads in identical order', () => {
    const again = mapRecord(seedLinked(), { base: BASE });
    expect(again.quads.length).toBe(out.quads.length);
    expect(again.quads.every((q, i) => q.equals(out.quads[i] ?? null))).toBe(true);
    expect(again.entityQuads.every((q, i) => q.equals(out.entityQuads[i] ?? null))).toBe(true);
  });

  it('does not depend on the order of the entity map', () => {
    const shuffled = seedLinked();
    shuffled.entities = new Map([...shuffled.entities].reverse());
    const again = mapRecord(shuffled, { base: BASE });
    expect(again.quads.map((q) => q.object.value)).toEqual(out.quads.map((q) => q.object.value));
    expect(again.quads.every((q, i) => q.equals(out.quads[i] ?? null))).toBe(true);
    expect(again.entityQuads.every((q, i) => q.equals(out.entityQuads[i] ?? null))).toBe(true);
  });
});
