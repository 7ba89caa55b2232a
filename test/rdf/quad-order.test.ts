// The rank-based quad sort against the plain definition: keys joined by U+0000, sorted by code units, first of equals kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literal, namedNode, quad, type NamedNode, type Quad } from '../../src/rdf/factory.js';
import { slotsBy, sortByKeys } from '../../src/rdf/quad-order.js';

/** Keys of one quad: subject IRI, predicate IRI, object value, graph IRI (a stand-in for the serialisers' term keys). */
const KEYS = (q: Quad): string[] => [q.graph.value, q.subject.value, q.predicate.value, q.object.value];

function reference(quads: readonly Quad[]): Quad[] {
  const first = new Map<string, Quad>();
  for (const q of quads) {
    const joined = KEYS(q).join('\u0000');
    if (!first.has(joined)) first.set(joined, q);
  }
  return [...first.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => first.get(k)!);
}

function sorted(quads: readonly Quad[]): Quad[] {
  const slot = slotsBy((s: string) => s);
  return sortByKeys(quads, (q) => {
    const [g, s, p, o] = KEYS(q).map(slot);
    return [g!, s!, p!, o!];
  });
}

// Short values from a small alphabet (prefixes of each other, astral characters, which sort by code units) so that
// equal keys, shared beginnings and duplicate quads are common.
const part = fc.array(fc.constantFrom('a', 'b', 'é', '😀', '\uffff', 'Z'), { maxLength: 3 }).map((cs) => cs.join(''));
const aQuad = fc.tuple(part, part, part, part, fc.boolean()).map(([g, s, p, o, iri]) =>
  quad(namedNode(`urn:s:${s}`), namedNode(`urn:p:${p}`), iri ? namedNode(`urn:o:${o}`) : literal(o), namedNode(`urn:g:${g}`)));

describe('sortByKeys', () => {
  it('orders and de-duplicates exactly as the joined-key definition (few distinct keys: ranks packed into one number)', () => {
    fc.assert(fc.property(fc.array(aQuad, { maxLength: 60 }), (quads) => {
      expect(sorted(quads)).toEqual(reference(quads));
    }), { numRuns: 500, seed: 6 });
  });

  it('does the same with more distinct keys than one number can pack (ranks compared one by one)', () => {
    const make = (i: number): Quad => {
      const n = (i * 7919) % 12_000; // a shuffled order of 12,000 distinct subjects
      return quad(namedNode(`urn:s:${n}`), namedNode(`urn:p:${n % 3}`), literal(String(n % 5)), namedNode(`urn:g:${n % 2}`));
    };
    const other = (q: Quad): Quad => quad(q.subject as NamedNode, q.predicate as NamedNode, literal('another object'), q.graph as NamedNode);
    const quads = [...Array.from({ length: 12_000 }, (_, i) => make(i)), ...Array.from({ length: 500 }, (_, i) => make(i * 3)), ...Array.from({ length: 500 }, (_, i) => other(make(i * 5)))];
    const result = sorted(quads);
    expect(result).toEqual(reference(quads));
    expect(result.length).toBeLessThan(quads.length);
  });
});
