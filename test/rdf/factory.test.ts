// The checked RDF factory: IRIs are validated, literals normalised, and terms survive an n3 write/parse round trip.
import { describe, expect, it } from 'vitest';
import {
  InvalidIriError,
  Parser,
  Store,
  Writer,
  blankNode,
  defaultGraph,
  literal,
  namedNode,
  quad,
  type Quad,
} from '../../src/rdf/factory.js';

function roundTrip(q: Quad, format: 'N-Quads' | 'TriG'): Quad[] {
  const writer = new Writer({ format });
  writer.addQuad(q);
  let text = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return new Parser({ format }).parse(text);
}

describe('namedNode', () => {
  it('creates a term for a valid IRI', () => {
    const n = namedNode('http://www.cidoc-crm.org/cidoc-crm/E21_Person');
    expect(n.termType).toBe('NamedNode');
    expect(n.value).toBe('http://www.cidoc-crm.org/cidoc-crm/E21_Person');
  });

  it('throws InvalidIriError naming the IRI and the reason', () => {
    expect(() => namedNode('http://a b')).toThrow(InvalidIriError);
    expect(() => namedNode('http://a b')).toThrowError('Invalid IRI "http://a b": contains a space');
    expect(() => namedNode('relative/x')).toThrowError('Invalid IRI "relative/x": is not absolute (no scheme)');
  });
});

describe('literal', () => {
  it('normalises to NFC', () => {
    expect(literal('Lu\u0308shunkou').value).toBe('L\u00fcshunkou');
  });

  it('replaces lone surrogates with U+FFFD', () => {
    expect(literal('a\ud800b\udfffc').value).toBe('a\ufffdb\ufffdc');
    expect(literal('\ud83d\ude00').value).toBe('\ud83d\ude00');
  });

  it('takes a language tag or a datatype', () => {
    const en = literal('Stalin', 'en');
    expect(en.language).toBe('en');
    expect(en.datatype.value).toBe('http://www.w3.org/1999/02/22-rdf-syntax-ns#langString');
    const date = literal('1950-01-22', namedNode('http://www.w3.org/2001/XMLSchema#date'));
    expect(date.language).toBe('');
    expect(date.datatype.value).toBe('http://www.w3.org/2001/XMLSchema#date');
    expect(literal('x').datatype.value).toBe('http://www.w3.org/2001/XMLSchema#string');
  });

  it("equals the literal n3 parses from the same text, both ways, and is found in n3's store by it", () => {
    const ours = [literal('a "quoted" \\ value', 'EN-gb'), literal('1950', namedNode('http://www.w3.org/2001/XMLSchema#gYear')), literal('plain\n')];
    const s = namedNode('https://example.org/s');
    const p = namedNode('https://example.org/p');
    const text = new Writer({ format: 'N-Triples' }).quadsToString(ours.map((o) => quad(s, p, o)));
    const parsed = new Parser({ format: 'N-Triples' }).parse(text).map((q) => q.object);
    const store = new Store(ours.map((o) => quad(s, p, o)));
    ours.forEach((o, i) => {
      const back = parsed[i]!;
      expect([o.equals(back), back.equals(o)]).toEqual([true, true]);
      expect([o.value, o.language, o.datatype.value]).toEqual([back.value, (back as typeof o).language, (back as typeof o).datatype.value]);
      expect(store.countQuads(s, p, back, null)).toBe(1);
    });
    expect(ours[0]!.language).toBe('en-gb');
  });

  it('rejects malformed language tags and unchecked datatype IRIs', () => {
    expect(() => literal('x', 'en us')).toThrowError('Invalid language tag "en us"');
    expect(() => literal('x', '')).toThrowError('Invalid language tag ""');
    const raw = { termType: 'NamedNode', value: 'not an iri', equals: () => false } as const;
    expect(() => literal('x', raw)).toThrowError('Invalid IRI "not an iri": contains a space');
  });
});

describe('blankNode, quad, defaultGraph', () => {
  it('accepts Turtle-safe labels only', () => {
    expect(blankNode('b0').value).toBe('b0');
    expect(blankNode().termType).toBe('BlankNode');
    expect(() => blankNode('a b')).toThrowError('Invalid blank node label "a b"');
    expect(() => blankNode('a.')).toThrowError('Invalid blank node label "a."');
  });

  it('puts quads into the default graph unless told otherwise', () => {
    const s = namedNode('https://w3id.org/lodscribe/record/1');
    const p = namedNode('http://schema.org/name');
    const q = quad(s, p, literal('x'));
    expect(q.graph.equals(defaultGraph())).toBe(true);
    const store = new Store();
    store.addQuad(q);
    expect(store.size).toBe(1);
  });
});

describe('n3 round trip', () => {
  it.each(['N-Quads', 'TriG'] as const)('keeps IRIs, languages and awkward literals intact (%s)', (format) => {
    const g = namedNode('https://w3id.org/lodscribe/graph/record/111245');
    const s = namedNode('https://w3id.org/lodscribe/place/旅顺口');
    const p = namedNode('http://schema.org/name');
    for (const o of [literal('Lüshunkou "Port Arthur"\n\t\\', 'en'), literal('旅顺口', 'zh-Hans'), literal('\u0000\ud800')]) {
      const q = quad(s, p, o, g);
      const back = roundTrip(q, format);
      expect(back).toHaveLength(1);
      expect(back[0]?.equals(q)).toBe(true);
    }
  });
});
