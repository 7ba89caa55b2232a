// Turtle and N-Quads writing: deterministic order, only used prefixes, escaping checked by two parsers, bad IRIs refused.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { InvalidIriError, literal, namedNode, quad, type Quad } from '../../src/rdf/factory.js';
import { rdf, schema, xsd } from '../../src/rdf/namespaces.js';
import { assertWritableIri, parseRdf, sortQuads, toNQuads, toTurtle } from '../../src/rdf/serialize.js';
import { corpusQuads, graph, oxParse, shuffled, triplesText } from './helpers.js';

const B = 'https://w3id.org/lodscribe/record/t/';
const g = namedNode('https://w3id.org/lodscribe/graph/record/t');

/** Literals and IRIs that stress escaping: quotes, backslashes, line ends, tabs, controls, non-BMP, RTL, NBSP. */
function tricky(): Quad[] {
  const s = namedNode(`${B}turn/1`);
  const values = ['say "yes", or no', 'back\\slash', 'line\nbreak\r\nand\ttab', 'bell\u0007 nul\u0000', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀', 'مرحبا', 'a\u00a0b', ' padded ', ''];
  return [
    quad(s, rdf.type, schema.Message, g),
    ...values.map((v) => quad(s, schema.text, literal(v, 'en'), g)),
    ...values.map((v) => quad(s, schema.name, literal(v), g)),
    quad(s, schema.position, literal('007', xsd.integer), g),
    quad(s, schema.dateCreated, literal('1950-01', xsd.gYearMonth), g),
    quad(namedNode(`${B}person/L%C3%BC-%E6%AF%9B`), schema.name, literal('Lü 毛', 'zh-Hant'), g),
    quad(namedNode(`${B}place/Lüshun`), schema.sameAs, namedNode('http://www.wikidata.org/entity/Q1'), g),
    quad(namedNode(`${B}a.b`), schema.url, namedNode('https://example.org/x?y=1&z=%20#frag'), g),
  ];
}

describe('N-Quads', () => {
  it('sorts by graph, subject, predicate (rdf:type first) and object, without duplicates', () => {
    const quads = tricky();
    const text = toNQuads([...quads, ...quads]);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').filter(Boolean)).toHaveLength(quads.length);
    expect(toNQuads(shuffled(quads))).toBe(text);
    const subjects = sortQuads(quads).map((q) => q.subject.value);
    expect(subjects).toEqual([...subjects].sort());
    expect(sortQuads(quads).filter((q) => q.subject.value === `${B}turn/1`)[0]?.predicate.equals(rdf.type)).toBe(true);
  });

  it('groups each graph together in dataset order', () => {
    const text = toNQuads(shuffled(corpusQuads()));
    const graphs = text.trim().split('\n').map((l) => /<([^>]+)> \.$/.exec(l)?.[1]);
    const runs = graphs.filter((x, i) => x !== graphs[i - 1]);
    expect(runs).toEqual([...new Set(graphs)].sort());
  });

  it('is read back to the same quads by n3 and by oxigraph', () => {
    const quads = [...tricky(), ...corpusQuads()];
    const text = toNQuads(quads);
    expect(toNQuads(parseRdf(text, 'n-quads'))).toBe(text);
    expect(toNQuads(oxParse(text, 'application/n-quads'))).toBe(text);
  });

  it('writes nothing for no quads', () => {
    expect(toNQuads([])).toBe('');
    expect(toTurtle([])).toBe('');
  });
});

describe('Turtle', () => {
  it('is pretty: used prefixes only, one block per subject, rdf:type as "a" first', () => {
    const ttl = toTurtle(graph(corpusQuads(), 'record/r1'));
    const prefixes = ttl.split('\n').filter((l) => l.startsWith('@prefix')).map((l) => l.split(' ')[1]);
    expect(prefixes).toEqual(['aat:', 'crm:', 'dcterms:', 'lod:', 'oa:', 'rdfs:', 'schema:', 'xsd:']);
    expect(ttl).not.toContain('owl:');
    expect(ttl).toMatch(/\n\n<https:\/\/w3id\.org\/lodscribe\/record\/r1> a schema:ArchiveComponent, crm:E31_Document, /);
    expect(ttl).toContain('crm:P4_has_time-span');
    expect(ttl.endsWith('.\n')).toBe(true);
  });

  it('is byte-identical whatever the order of the quads', () => {
    const quads = [...tricky(), ...corpusQuads()];
    expect(toTurtle(shuffled(quads, 3))).toBe(toTurtle(quads));
  });

  it('describes the same triples, read by n3 and by oxigraph', () => {
    const quads = [...tricky(), ...graph(corpusQuads(), 'record/r1')];
    const ttl = toTurtle(quads);
    expect(triplesText(parseRdf(ttl, 'turtle'))).toBe(triplesText(quads));
    expect(triplesText(oxParse(ttl, 'text/turtle'))).toBe(triplesText(quads));
  });
});

describe('IRIs are checked again at write time', () => {
  const raw = (iri: string) => DataFactory.namedNode(iri);
  const bad = [...'<>"{}|^`\\'].map((c) => `https://ex.org/a${c}b`);
  bad.push('https://ex.org/a b', 'https://ex.org/a\u0000b', 'https://ex.org/a\nb', 'https://ex.org/a\u007fb', 'https://ex.org/a\u0085b', 'relative/iri', '__proto__', '');

  it.each(bad)('refuses %j in any position', (iri) => {
    const ok = namedNode('https://ex.org/ok');
    const typed = DataFactory.literal('x', raw(iri));
    const cases = [
      DataFactory.quad(raw(iri), ok, ok),
      DataFactory.quad(ok, raw(iri), ok),
      DataFactory.quad(ok, ok, raw(iri)),
      DataFactory.quad(ok, ok, ok, raw(iri)),
      // n3 literals cannot even hold some of these datatypes (it falls back to xsd:string, escaped safely)
      ...(typed.datatype.value === iri ? [DataFactory.quad(ok, ok, typed)] : []),
    ];
    expect(() => assertWritableIri(iri)).toThrow(InvalidIriError);
    for (const q of cases) {
      expect(() => toNQuads([q])).toThrow(InvalidIriError);
      if (q.graph.termType === 'DefaultGraph') expect(() => toTurtle([q])).toThrow(InvalidIriError);
    }
  });

  it('refuses a malformed language tag (from a term another library built) or blank node label', () => {
    const ok = namedNode('https://ex.org/ok');
    const evil = { termType: 'Literal', value: 'x', language: 'en"; <a> <b> <c', datatype: rdf.langString, equals: () => false };
    expect(() => toTurtle([DataFactory.quad(ok, ok, evil as never)])).toThrow(/language tag/);
    expect(() => toNQuads([DataFactory.quad(ok, ok, evil as never)])).toThrow(/language tag/);
    expect(() => toNQuads([DataFactory.quad(DataFactory.blankNode('a b'), ok, ok)])).toThrow(/blank node/);
  });
});
