// Generated vocabularies and facts: CRM/schema.org term counts, CRM domains/ranges, and ontology/lodscribe.ttl vs lod.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Parser } from '../../src/rdf/factory.js';
import { NS, crm, lod, owl, rdf, rdfs } from '../../src/rdf/namespaces.js';
import { CRM_CLASSES, CRM_PROPERTIES, CRM_RELEASE } from '../../src/rdf/vocab/crm.js';
import { LOD_CLASSES, LOD_DATATYPE_PROPERTIES, LOD_OBJECT_PROPERTIES } from '../../src/rdf/vocab/lod.js';
import { SCHEMA_CLASSES, SCHEMA_ENUMERATION_MEMBERS, SCHEMA_PROPERTIES, SCHEMA_RELEASE } from '../../src/rdf/vocab/schema.js';

interface CrmPropertyFact {
  domain: string;
  range: string;
  inverse?: string;
  superProperties?: string[];
}
interface Facts {
  crm: { release: string; namespace: string };
  crmClasses: Record<string, string[]>;
  crmProperties: Record<string, CrmPropertyFact>;
  schema: { release: string; namespace: string };
  schemaClasses: string[];
  schemaProperties: string[];
  schemaPending: string[];
  schemaSuperseded: Record<string, string[]>;
}

const root = new URL('../../', import.meta.url);
const facts = JSON.parse(readFileSync(new URL('test/fixtures/vocab/crm-facts.json', root), 'utf8')) as Facts;

describe('CIDOC-CRM term list', () => {
  it('has every class and property of the 7.1.2 RDFS (76 classes, 309 properties)', () => {
    expect(CRM_RELEASE).toContain('7.1.2');
    expect(CRM_CLASSES).toHaveLength(76);
    expect(CRM_PROPERTIES).toHaveLength(309);
    expect(new Set([...CRM_CLASSES, ...CRM_PROPERTIES]).size).toBe(385);
    expect(CRM_PROPERTIES.filter((p) => /^P\d+[a-z]?i_/.test(p)).length).toBeGreaterThan(140);
    expect(CRM_PROPERTIES).toEqual(expect.arrayContaining(['P4_has_time-span', 'P82a_begin_of_the_begin', 'P190_has_symbolic_content', 'P106_is_composed_of', 'P67i_is_referred_to_by', 'P191_had_duration']));
    expect(CRM_CLASSES).toEqual(expect.arrayContaining(['E21_Person', 'E52_Time-Span', 'E33_E41_Linguistic_Appellation']));
  });

  it('matches the facts fixture', () => {
    expect(facts.crm.namespace).toBe(NS.crm);
    expect(facts.crm.release).toBe(CRM_RELEASE);
    expect(Object.keys(facts.crmClasses)).toEqual([...CRM_CLASSES]);
    expect(Object.keys(facts.crmProperties)).toEqual([...CRM_PROPERTIES]);
  });

  it('knows domains, ranges, inverses and superclasses', () => {
    expect(facts.crmProperties['P14_carried_out_by']).toMatchObject({ domain: 'E7_Activity', range: 'E39_Actor', inverse: 'P14i_performed' });
    expect(facts.crmProperties['P4_has_time-span']).toMatchObject({ domain: 'E2_Temporal_Entity', range: 'E52_Time-Span' });
    expect(facts.crmProperties['P190_has_symbolic_content']).toMatchObject({ range: 'rdfs:Literal' });
    expect(facts.crmClasses['E21_Person']).toEqual(expect.arrayContaining(['E39_Actor', 'E1_CRM_Entity']));
    expect(facts.crmClasses['E31_Document']).toContain('E73_Information_Object');
    expect(facts.crmClasses['E1_CRM_Entity']).toEqual([]);
  });

  it('is closed: every domain, range, inverse and superclass is itself a CRM term', () => {
    const classes = new Set<string>(CRM_CLASSES);
    const properties = new Set<string>(CRM_PROPERTIES);
    for (const [name, fact] of Object.entries(facts.crmProperties)) {
      expect(classes.has(fact.domain), `${name} domain`).toBe(true);
      expect(classes.has(fact.range) || fact.range === 'rdfs:Literal', `${name} range`).toBe(true);
      if (fact.inverse !== undefined) expect(properties.has(fact.inverse), `${name} inverse`).toBe(true);
      for (const sup of fact.superProperties ?? []) expect(properties.has(sup), `${name} ⊑ ${sup}`).toBe(true);
    }
    for (const supers of Object.values(facts.crmClasses)) for (const s of supers) expect(classes.has(s)).toBe(true);
  });
});

describe('schema.org term list', () => {
  it('lists release 30.0 classes and properties', () => {
    expect(SCHEMA_RELEASE).toBe('30.0');
    expect(facts.schema.namespace).toBe(NS.schema);
    expect(SCHEMA_CLASSES.length).toBeGreaterThan(900);
    expect(SCHEMA_PROPERTIES.length).toBeGreaterThan(1500);
    expect(facts.schemaClasses).toEqual([...SCHEMA_CLASSES]);
    expect(facts.schemaProperties).toEqual([...SCHEMA_PROPERTIES]);
    expect(SCHEMA_ENUMERATION_MEMBERS).toContain('EventScheduled');
    expect(SCHEMA_CLASSES).toEqual(expect.arrayContaining(['ArchiveComponent', 'Conversation', 'Message']));
    expect(SCHEMA_PROPERTIES).toEqual(expect.arrayContaining(['recordedIn', 'copyrightNotice', 'sender']));
  });
});

describe('ontology/lodscribe.ttl', () => {
  const quads = new Parser({ format: 'text/turtle' }).parse(
    readFileSync(new URL('ontology/lodscribe.ttl', root), 'utf8'),
  );
  const declared = (type: string): string[] =>
    quads
      .filter((q) => q.predicate.equals(rdf.type) && q.object.value === type && q.subject.value.startsWith(NS.lod))
      .map((q) => q.subject.value.slice(NS.lod.length))
      .sort();
  const sorted = (xs: readonly string[]): string[] => [...xs].sort();

  it('declares exactly the terms of lod.ts', () => {
    expect(declared(owl.Class.value)).toEqual(sorted(LOD_CLASSES));
    expect(declared(owl.DatatypeProperty.value)).toEqual(sorted(LOD_DATATYPE_PROPERTIES));
    expect(declared(owl.ObjectProperty.value)).toEqual(sorted(LOD_OBJECT_PROPERTIES));
    for (const name of [...LOD_CLASSES, ...LOD_DATATYPE_PROPERTIES, ...LOD_OBJECT_PROPERTIES]) {
      expect(lod[name].value).toBe(NS.lod + name);
    }
  });

  it('gives every term an English label and comment', () => {
    for (const name of [...LOD_CLASSES, ...LOD_DATATYPE_PROPERTIES, ...LOD_OBJECT_PROPERTIES]) {
      for (const p of [rdfs.label, rdfs.comment]) {
        const values = quads.filter((q) => q.subject.value === NS.lod + name && q.predicate.equals(p));
        expect(values.map((q) => (q.object.termType === 'Literal' ? q.object.language : '')), `${name} ${p.value}`).toEqual(['en']);
      }
    }
  });

  it('subclasses only existing CRM classes or its own classes', () => {
    const supers = quads.filter((q) => q.predicate.equals(rdfs.subClassOf)).map((q) => q.object.value);
    expect(supers.length).toBeGreaterThan(15);
    for (const s of supers) {
      const ok = s.startsWith(NS.crm) ? s.slice(NS.crm.length) in facts.crmClasses : (LOD_CLASSES as readonly string[]).includes(s.slice(NS.lod.length));
      expect(ok, s).toBe(true);
    }
    const speechTurn = quads.find((q) => q.subject.equals(lod.SpeechTurn) && q.predicate.equals(rdfs.subClassOf));
    expect(speechTurn?.object.equals(crm.E33_Linguistic_Object)).toBe(true);
  });
});
