// Typed vocabularies (misspellings must not compile), Wikidata/AAT builders and the IRI minter, with a property test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Parser, Writer, literal, quad, type NamedNode, type Quad } from '../../src/rdf/factory.js';
import { InvalidIriError, assertIri } from '../../src/rdf/iri.js';
import {
  DEFAULT_BASE,
  ENTITY_KINDS,
  NS,
  aat,
  crm,
  dcat,
  dcterms,
  isQid,
  la,
  lod,
  mint,
  oa,
  prov,
  schema,
  sh,
  skos,
  voidNs,
  wd,
  xsd,
} from '../../src/rdf/namespaces.js';

describe('vocabularies', () => {
  it('builds CRM terms with exact local names', () => {
    expect(crm.E21_Person.value).toBe('http://www.cidoc-crm.org/cidoc-crm/E21_Person');
    expect(crm['P4_has_time-span'].value).toBe('http://www.cidoc-crm.org/cidoc-crm/P4_has_time-span');
    expect(crm['E52_Time-Span'].value).toBe('http://www.cidoc-crm.org/cidoc-crm/E52_Time-Span');
    expect(crm.P82a_begin_of_the_begin.value).toBe(`${NS.crm}P82a_begin_of_the_begin`);
    expect(crm.P67i_is_referred_to_by.value).toBe(`${NS.crm}P67i_is_referred_to_by`);
    expect(crm.E33_E41_Linguistic_Appellation.value).toBe(`${NS.crm}E33_E41_Linguistic_Appellation`);
    for (const t of [crm.P14_carried_out_by, crm.P190_has_symbolic_content, crm.P106_is_composed_of]) {
      expect(t.value.startsWith(NS.crm)).toBe(true);
    }
  });

  it('uses the http://schema.org/ form', () => {
    expect(schema.ArchiveComponent.value).toBe('http://schema.org/ArchiveComponent');
    expect(schema.name.value).toBe('http://schema.org/name');
    expect(schema['3DModel'].value).toBe('http://schema.org/3DModel');
    const used = [
      schema.Conversation, schema.Message, schema.Event, schema.Person, schema.Place, schema.Organization,
      schema.CreativeWork, schema.alternateName, schema.about, schema.mentions, schema.sameAs, schema.text,
      schema.position, schema.sender, schema.isPartOf, schema.hasPart, schema.attendee, schema.startDate,
      schema.endDate, schema.duration, schema.recordedIn, schema.author, schema.recipient, schema.dateCreated,
      schema.inLanguage, schema.abstract, schema.copyrightNotice, schema.jobTitle, schema.memberOf,
      schema.identifier, schema.url, schema.license, schema.description, schema.EventScheduled,
    ];
    expect(used.every((t) => t.value.startsWith('http://schema.org/'))).toBe(true);
  });

  it('has the small vocabularies and our own', () => {
    expect(la.equivalent.value).toBe('https://linked.art/ns/terms/equivalent');
    expect(prov.wasGeneratedBy.value).toBe('http://www.w3.org/ns/prov#wasGeneratedBy');
    expect(voidNs.Linkset.value).toBe('http://rdfs.org/ns/void#Linkset');
    expect(dcat.downloadURL.value).toBe('http://www.w3.org/ns/dcat#downloadURL');
    expect(dcterms.conformsTo.value).toBe('http://purl.org/dc/terms/conformsTo');
    expect(oa.TextPositionSelector.value).toBe('http://www.w3.org/ns/oa#TextPositionSelector');
    expect(skos.prefLabel.value).toBe('http://www.w3.org/2004/02/skos/core#prefLabel');
    expect(sh.MinCountConstraintComponent.value).toBe('http://www.w3.org/ns/shacl#MinCountConstraintComponent');
    expect(xsd.gYear.value).toBe('http://www.w3.org/2001/XMLSchema#gYear');
    expect(lod.SpeechTurn.value).toBe('https://w3id.org/lodscribe/ns#SpeechTurn');
    expect(lod.textWithoutEditorial.value).toBe('https://w3id.org/lodscribe/ns#textWithoutEditorial');
  });

  it('rejects misspelt terms at compile time and has no prototype keys at run time', () => {
    // @ts-expect-error E21_Persn is not a CIDOC-CRM term
    expect(crm.E21_Persn).toBeUndefined();
    // @ts-expect-error nmae is not a schema.org term
    expect(schema.nmae).toBeUndefined();
    // @ts-expect-error lod has no such term
    expect(lod.Speechturn).toBeUndefined();
    expect((crm as Record<string, unknown>)['toString']).toBeUndefined();
    expect(Object.keys(crm)).not.toContain('__proto__');
    expect(Object.isFrozen(crm)).toBe(true);
  });
});

describe('wd and aat', () => {
  it('builds Wikidata entity IRIs from QIDs only', () => {
    expect(wd('Q855').value).toBe('http://www.wikidata.org/entity/Q855');
    expect(isQid('Q855')).toBe(true);
    expect(isQid('P31')).toBe(false);
    expect(() => wd('Q' as 'Q1')).toThrowError('Invalid Wikidata QID "Q": expected Q followed by digits');
    expect(() => wd('Q0855')).toThrowError('Invalid Wikidata QID "Q0855": expected Q followed by digits');
    expect(() => wd('Q1.5')).toThrowError('Invalid Wikidata QID "Q1.5": expected Q followed by digits');
    expect(() => wd('q855' as 'Q855')).toThrowError('Invalid Wikidata QID "q855": expected Q followed by digits');
  });

  it('builds AAT IRIs from numeric ids', () => {
    expect(aat(300026656).value).toBe('http://vocab.getty.edu/aat/300026656');
    expect(aat('300404670').value).toBe('http://vocab.getty.edu/aat/300404670');
    expect(() => aat(-1)).toThrowError('Invalid AAT id "-1": expected digits');
    expect(() => aat('3e5')).toThrowError('Invalid AAT id "3e5": expected digits');
  });
});

describe('mint', () => {
  const m = mint();

  it('lays out record, entity and graph IRIs under the base', () => {
    expect(DEFAULT_BASE).toBe('https://w3id.org/lodscribe/');
    expect(m.base).toBe(DEFAULT_BASE);
    expect(m.record('111245').value).toBe('https://w3id.org/lodscribe/record/111245');
    expect(m.recordPart('111245', 'turn', 12).value).toBe('https://w3id.org/lodscribe/record/111245/turn/12');
    expect(m.recordEntity('111245', 'person', 'zhukov').value).toBe(
      'https://w3id.org/lodscribe/record/111245/person/zhukov',
    );
    expect(m.entity('person', 'joseph-stalin').value).toBe('https://w3id.org/lodscribe/person/joseph-stalin');
    expect(m.graph('111245').value).toBe('https://w3id.org/lodscribe/graph/record/111245');
    expect(m.datasetIri.value).toBe('https://w3id.org/lodscribe/dataset');
    expect(m.entitiesGraph.value).toBe('https://w3id.org/lodscribe/graph/entities');
    expect(m.provenanceGraph.value).toBe('https://w3id.org/lodscribe/graph/provenance');
    expect(m.descriptionGraph.value).toBe('https://w3id.org/lodscribe/graph/description');
    expect(mint('https://example.org/data#').entity('place', 'dalian').value).toBe(
      'https://example.org/data#place/dalian',
    );
  });

  it('percent-encodes segments so nothing escapes its place in the path', () => {
    expect(m.recordPart('a/b', 'c d', '..x').value).toBe('https://w3id.org/lodscribe/record/a%2Fb/c%20d/..x');
    expect(m.entity('place', 'Lüshunkou').value).toBe('https://w3id.org/lodscribe/place/Lüshunkou');
  });

  it('rejects unusable segments and kinds', () => {
    expect(() => m.record('')).toThrowError('Invalid IRI path segment "": must not be empty, "." or ".."');
    expect(() => m.recordPart('1', '..')).toThrowError('Invalid IRI path segment "..": must not be empty, "." or ".."');
    expect(() => m.recordPart('1', 1.5)).toThrowError('Invalid IRI path segment 1.5: numbers must be non-negative integers');
    expect(() => m.entity('thing' as 'person', 'x')).toThrowError(
      'Unknown entity kind "thing": expected one of person, place, group, agreement, event',
    );
  });

  it.each([
    ['https://example.org/data', 'Invalid base IRI "https://example.org/data": must end with "/" or "#"'],
    ['example.org/', 'Invalid base IRI "example.org/": is not absolute (no scheme)'],
    ['/relative/', 'Invalid base IRI "/relative/": is not absolute (no scheme)'],
    ['https://exa mple.org/', 'Invalid base IRI "https://exa mple.org/": contains a space'],
    ['https://example.org/?a=/', 'Invalid base IRI "https://example.org/?a=/": must not contain a query ("?")'],
    ['https://example.org/#a/', 'Invalid base IRI "https://example.org/#a/": must not contain "#" except as its last character'],
    ['', 'Invalid base IRI "": is empty'],
  ])('rejects the base %j', (base, message) => {
    expect(() => mint(base)).toThrow(InvalidIriError);
    expect(() => mint(base)).toThrowError(message);
  });
});

function writeAndParse(q: Quad, format: 'N-Quads' | 'TriG'): Quad[] {
  const writer = new Writer(format === 'TriG' ? { format, prefixes: NS } : { format });
  writer.addQuad(q);
  let text = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return new Parser({ format }).parse(text);
}

describe('property: any string mints a valid IRI that survives n3', () => {
  const anyString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
    fc.constantFrom('..', '.', '__proto__', '%', '#', '?', ' ', 'a/b', '\u202e', '\ud800'),
  );
  const usable = (s: string): boolean => !['', '.', '..'].includes(s.normalize('NFC'));

  it('holds for record parts, record entities and entities', () => {
    fc.assert(
      fc.property(anyString, anyString, fc.constantFrom(...ENTITY_KINDS), anyString, (id, part, kind, text) => {
        fc.pre(usable(id) && usable(part));
        const m = mint();
        const iris: NamedNode[] = [m.recordPart(id, part, 3), m.recordEntity(id, kind, part), m.entity(kind, part)];
        for (const iri of iris) {
          assertIri(iri.value);
          const q = quad(iri, la.equivalent, literal(text), m.graph(id));
          for (const format of ['N-Quads', 'TriG'] as const) {
            const back = writeAndParse(q, format);
            expect(back).toHaveLength(1);
            expect(back[0]?.equals(q)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
