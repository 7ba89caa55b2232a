// The fast JSON-LD writer: byte-identical to the jsonld.js reference (fromRDF + compact), and jsonld reads it back to the same graph.
import { describe, expect, it } from 'vitest';
import { literal, namedNode, quad, blankNode } from '../../src/rdf/factory.js';
import { jsonLdToQuads, toCompactJsonLd } from '../../src/rdf/jsonld.js';
import { compactJsonLd } from '../../src/rdf/jsonld-writer.js';
import { nQuadLine, asTriples } from '../../src/rdf/serialize.js';
import { testGraphs } from '../mapped-graphs.js';

const lines = (quads: Parameters<typeof asTriples>[0]) => asTriples(quads).map(nQuadLine).sort();

describe('compactJsonLd', () => {
  const graphs = testGraphs();

  it('writes the same bytes as the jsonld.js reference writer, for every test graph', async () => {
    for (const g of graphs) expect(await compactJsonLd(g.quads), g.name).toBe(await toCompactJsonLd(g.quads));
  }, 120_000);

  it('writes JSON-LD that jsonld.js expands to the identical graph', async () => {
    for (const g of graphs.slice(0, 6)) expect(lines(await jsonLdToQuads(await compactJsonLd(g.quads))), g.name).toEqual(lines(g.quads));
  }, 120_000);

  it('handles values the context does not type, other languages, datatypes, and falls back for blank nodes', async () => {
    const s = namedNode('https://w3id.org/lodscribe/record/x');
    const quads = [
      quad(s, namedNode('http://schema.org/name'), literal('Name', 'de')),
      quad(s, namedNode('http://schema.org/name'), literal('plain')),
      quad(s, namedNode('http://example.org/p'), literal('3', namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
      quad(s, namedNode('http://example.org/p'), namedNode('http://www.cidoc-crm.org/cidoc-crm/E5_Event')),
      quad(s, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode('http://example.org/C')),
    ];
    expect(await compactJsonLd(quads)).toBe(await toCompactJsonLd(quads));
    const withBlank = [...quads, quad(blankNode('b1'), namedNode('http://example.org/p'), s)];
    expect(await compactJsonLd(withBlank)).toBe(await toCompactJsonLd(withBlank));
  });
});
