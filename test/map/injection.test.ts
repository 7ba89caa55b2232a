// Hostile text in titles, names, turns and metadata gives exactly the intended quads, and re-parses with oxigraph.
import fc from 'fast-check';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/entities.js';
import { Parser, Writer, literal, type Quad } from '../../src/rdf/factory.js';
import { isIri, slugify, wellFormed } from '../../src/rdf/iri.js';
import { crm, dcterms, mint, rdfs, schema } from '../../src/rdf/namespaces.js';
import { mapRecord, type MappedRecord } from '../../src/stages/map.js';
import { parseText } from '../helpers.js';
import { seedLinked } from './linked.js';
import { objects } from './quads.js';

const EVIL = 'A > B """ C\nD\u0000E\ud800F __proto__ \\ <x> \r\n\u202e\u0301e end';
const clean = (s: string): string => wellFormed(s).normalize('NFC');
const BASE = 'https://example.org/lod/';
const m = mint(BASE);
const ID = 'id>"\n__proto__';

function entity(key: string, kind: Entity['kind'], label: string, scope: Entity['scope'] = 'global'): Entity {
  return { key, kind, label, altLabels: [`${label} (alt)`], qid: null, score: 1, scope, via: 'authority' };
}

function hostile(): MappedRecord {
  const l = seedLinked();
  const r = l.record;
  r.id = ID;
  if (r.title) r.title = { ...r.title, text: `Title ${EVIL}` };
  if (r.summary) r.summary = { ...r.summary, text: EVIL };
  const first = r.turns[0];
  if (first) Object.assign(first, { plainText: EVIL, text: EVIL, label: EVIL });
  r.participants.push({ name: `${EVIL} participant`, role: 'participant', from: 'speaker' });
  r.metadata = JSON.parse(JSON.stringify({ __proto__: EVIL, 'Original Archive': EVIL, URL: 'https://x.org/a>b' })) as Record<string, string>;
  const proto = entity('person/__proto__', 'person', EVIL);
  const odd = entity('place/a>b"c', 'place', 'Odd "place"');
  const scoped = entity(`record/${ID}/group/x y>`, 'group', `${EVIL} group`, 'record');
  for (const e of [proto, odd, scoped]) l.entities.set(e.key, e);
  l.mentions = l.mentions.map((x) => ({ ...x, recordId: ID }));
  const summary = l.mentions.find((x) => x.from === 'summary');
  if (summary) Object.assign(summary, { entity: proto.key, text: EVIL });
  return mapRecord(l, { base: BASE });
}

function nquads(quads: readonly Quad[]): string {
  return new Writer({ format: 'N-Quads' }).quadsToString([...quads]);
}

describe('hostile input', () => {
  const out = hostile();
  const all = [...out.quads, ...out.entityQuads];

  it('puts the text into literals exactly (NFC, lone surrogates replaced) and mints only valid IRIs', () => {
    const r = m.record(ID);
    expect(objects(out.quads, r, schema.name)).toEqual([literal(clean(`Title ${EVIL}`), 'en')]);
    expect(objects(out.quads, m.recordPart(ID, 'turn', 1), schema.text)).toEqual([literal(clean(EVIL), 'en')]);
    expect(objects(out.quads, m.recordPart(ID, 'summary'), crm.P190_has_symbolic_content)).toEqual([literal(clean(EVIL), 'en')]);
    expect(objects(out.entityQuads, m.entity('person', '__proto__'), rdfs.label)).toEqual([literal(clean(EVIL), 'en')]);
    expect(objects(out.quads, m.recordEntity(ID, 'group', 'x y>'), rdfs.label)).toEqual([literal(clean(`${EVIL} group`), 'en')]);
    expect(objects(out.entityQuads, m.entity('place', 'a>b"c'), rdfs.label)).toEqual([literal('Odd "place"', 'en')]);
    for (const q of all) {
      for (const t of [q.subject, q.predicate, q.object, q.graph]) {
        if (t.termType === 'NamedNode') expect(isIri(t.value), t.value).toBe(true);
        if (t.termType === 'Literal') expect(t.value).toBe(clean(t.value));
      }
    }
  });

  it('reads metadata only from known headings and checks the URL', () => {
    expect(objects(out.quads, m.record(ID), schema.url)).toEqual([]);
    expect(objects(out.quads, m.record(ID), dcterms.source)).toEqual([literal(clean(EVIL), 'en')]);
    expect(out.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['map-invalid-value', 'map-mention-text', 'map-unresolved-name']));
    const minted = m.recordEntity(ID, 'person', slugify(`${EVIL} participant`));
    expect(objects(out.quads, minted, schema.name)).toEqual([literal(clean(`${EVIL} participant`), 'en')]);
    expect(objects(out.quads, m.recordPart(ID, 'talks'), crm.P11_had_participant)).toContainEqual(minted);
    expect(all.filter((q) => q.predicate.value.includes('__proto__'))).toEqual([]);
  });

  it('serialises with n3 and re-parses with n3 and, independently, with oxigraph to the same quads', () => {
    const text = nquads(all);
    const back = new Parser({ format: 'N-Quads' }).parse(text);
    expect(back).toHaveLength(all.length);
    expect(back.every((q, i) => { const o = all[i]; return o !== undefined && q.equals(o); })).toBe(true);
    const store = new oxigraph.Store();
    store.load(text, { format: 'application/n-quads' });
    expect(store.size).toBe(all.length);
    const name = store.match(oxigraph.namedNode(m.record(ID).value), oxigraph.namedNode(schema.name.value), null, null);
    expect(name.map((q) => q.object.value)).toEqual([clean(`Title ${EVIL}`)]);
    const graphs = new Set(store.match(null, null, null, null).map((q) => q.graph.value));
    expect(graphs).toEqual(new Set([m.graph(ID).value, m.entitiesGraph.value]));
  });

  it('maps hostile input deterministically', () => {
    const again = hostile();
    expect(nquads([...again.quads, ...again.entityQuads])).toBe(nquads(all));
  });
});

describe('property: any page and any mentions map without throwing to quads oxigraph reads back', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 }),
    fc.constantFrom('January 22, 1950\nT > "x"\n\nStalin: [a] said /K/ \u0000\ud800.\nThe meeting took two hours.\n', '__proto__: x\n'),
  );
  const mention = fc.record({ start: fc.integer({ min: -2, max: 120 }), length: fc.integer({ min: 0, max: 12 }), key: fc.constantFrom('person/a', 'place/__proto__', 'group/x>y', 'person/missing') });

  it('holds', () => {
    fc.assert(
      fc.property(text, fc.array(mention, { maxLength: 6 }), (page, ms) => {
        const record = parseText(`January 22, 1950\nTitle\n\nStalin: ${page}\n`);
        const entities = new Map<string, Entity>(['person/a', 'place/__proto__', 'group/x>y'].map((k) => {
          const kind = k.split('/')[0] as Entity['kind'];
          return [k, entity(k, kind, page.slice(0, 20) || 'x')];
        }));
        const mentions = ms.map((x) => ({ recordId: record.id, start: x.start, end: x.start + x.length, text: 'x', type: 'person' as const, entity: x.key, from: 'turn' as const }));
        const out = mapRecord({ record, mentions, entities, findings: [] }, { base: BASE });
        const quads = [...out.quads, ...out.entityQuads];
        const store = new oxigraph.Store();
        store.load(nquads(quads), { format: 'application/n-quads' });
        expect(store.size).toBe(quads.length);
      }),
      { numRuns: 60 },
    );
  });
});
