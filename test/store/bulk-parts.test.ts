// The fast path's parts: the strict line check agrees with n3, counts without sorting, grouped Turtle, the batched count.
import { Parser as SparqlParser } from '@traqula/parser-sparql-1-1';
import fc from 'fast-check';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { literal, namedNode, quad, type Quad } from '../../src/rdf/factory.js';
import { nQuadLine, parseRdf, toNQuads } from '../../src/rdf/serialize.js';
import { canonicalLines } from '../../src/store/canonical.js';
import { parse } from '../../src/store/dataset.js';
import { expectedCounts } from '../../src/store/prepare.js';
import { parseCounts } from '../../src/store/read-back.js';
import { parseLines, plainLineGraph, plainLineQuad } from '../../src/store/nquads.js';
import { countsQuery, groupedTurtle, nTriples, tripleText } from '../../src/store/sparql.js';
import { BASE, recordGraph, recordQuads } from './helpers.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const G = namedNode(recordGraph('p1'));
const iri = fc.constantFrom('a', 'b/c', 'd#e', 'f?g=h', 'ü/ж').map((s) => namedNode(`${BASE}${s}`));
const typed = fc.tuple(fc.constantFrom('042', '42', '1', 'true', 'PT2H', '7200.0', '12:00:00.0', 'x'), fc.constantFrom('integer', 'decimal', 'boolean', 'duration', 'time', 'string', 'double'))
  .map(([v, t]) => literal(v, namedNode(XSD + t)));
const object = fc.oneof(iri, typed, fc.string({ maxLength: 12 }).map((s) => literal(s)), fc.constantFrom('en', 'en-gb', 'EN-GB', 'zh').map((t) => literal('x', t)));
const quads = fc.array(fc.tuple(iri, iri, object).map(([s, p, o]) => quad(s, p, o, G)), { maxLength: 30 });

/** Random edits with the characters that matter to the N-Quads grammar. */
const mutated = fc.tuple(quads.filter((q) => q.length > 0), fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', '\\', '<', '>', ' ', '@', '^', '.', '#', '_:', '\t', 'u', '--', '@version', `<${RDF}langString>`, 'x:y', '')), { maxLength: 3 }))
  .map(([qs, edits]) => edits.reduce((line, [at, text]) => { const i = at % (line.length + 1); return text === '' ? line.slice(0, i) + line.slice(i + 1) : line.slice(0, i) + text + line.slice(i); }, nQuadLine(qs[0] as Quad)));

describe('the strict line check (first pass)', () => {
  it('takes every line lodscribe writes', () => {
    const lines = toNQuads(recordQuads('r1', 20)).trim().split('\n');
    expect(lines.map(plainLineGraph)).toEqual(lines.map(() => recordGraph('r1')));
  });

  it('takes a line only when n3 reads it, as one quad of the same graph', () => {
    fc.assert(fc.property(mutated, (line) => {
      const graph = plainLineGraph(line);
      if (graph === false) return;
      const read = parse([line]);
      expect(read).toHaveLength(1);
      expect(read[0]?.graph.termType === 'DefaultGraph' ? undefined : read[0]?.graph.value).toBe(graph);
    }), { numRuns: 3000 });
  });

  it('reads a plain line to the very quad n3 makes of it (terms, language, datatype, escapes)', () => {
    const escaped = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '\b', '\f', '"', "'", '\\', 'é', '😀', '\u0001'), maxLength: 20 }).map((v) => literal(v, 'EN-gb'));
    const withEscapes = fc.tuple(iri, iri, fc.oneof(object, escaped)).map(([s, p, o]) => nQuadLine(quad(s, p, o, G)));
    fc.assert(fc.property(fc.oneof(mutated, withEscapes), (line) => {
      const q = plainLineQuad(line);
      if (q === undefined) return;
      const [n3] = parse([line]);
      expect(q.equals(n3)).toBe(true);
      expect([q.object.termType, q.object.value, (q.object as { language?: string }).language]).toEqual([n3?.object.termType, n3?.object.value, (n3?.object as { language?: string }).language]);
    }), { numRuns: 3000 });
  });

  it('reads lines in batches like n3: the quads before a bad line, then the error naming it', () => {
    const good = toNQuads(recordQuads('r1', 6)).trim().split('\n');
    const { quads: read, error } = parseLines([...good, '', `_:b <${BASE}p> "x" .`, `<${BASE}a> <${BASE}b> "unterminated .`, good[0] ?? ''], 40);
    expect(read.map(nQuadLine)).toEqual([...parse(good), ...parse([`_:b <${BASE}p> "x" .`])].map(nQuadLine));
    expect(error?.message).toMatch(/^line 48: /);
  });

  it('leaves comments, blank nodes, escapes and refused datatypes to n3', () => {
    for (const line of [`<${BASE}a> <${BASE}b> "c" . # note`, `_:b1 <${BASE}b> "c" .`, `<${BASE}a> <${BASE}b> "\\u00e9" .`, `<${BASE}a> <${BASE}b> "c"^^<${RDF}langString> .`, `<${BASE}a> <${BASE}b> "c"@en--ltr .`]) {
      expect(plainLineGraph(line), line).toBe(false);
    }
  });
});

describe('expected counts', () => {
  it('equal the exact and by-value counts of sorted canonical lines', () => {
    fc.assert(fc.property(quads, (qs) => {
      const lines: string[] = [];
      groupedTurtle(qs, lines);
      expect(expectedCounts(qs, lines)).toEqual({ exact: new Set(qs.map(tripleText)).size, byValue: canonicalLines(qs).length });
    }), { numRuns: 500 });
  });
});

describe('Graph Store bodies and the batched count', () => {
  it('subject-grouped Turtle holds exactly the triples of the N-Triples body', () => {
    fc.assert(fc.property(quads, (qs) => {
      const sorted = (text: string): string[] => parseRdf(text, 'turtle').map(tripleText).sort();
      expect(sorted(groupedTurtle(qs))).toEqual(sorted(nTriples(qs)));
    }), { numRuns: 300 });
    expect(groupedTurtle([])).toBe('');
  });

  it('counts many graphs in one SELECT, refusing IRIs that could break out', () => {
    const ast = new SparqlParser().parse(countsQuery([recordGraph('a'), recordGraph('b')])) as unknown as { type: string; subType: string };
    expect(ast).toMatchObject({ type: 'query', subType: 'select' });
    expect(() => countsQuery([`${BASE}x> } } ; DROP ALL #`])).toThrow(/Invalid IRI/);
    expect(() => countsQuery([])).toThrow(RangeError);
  });

  it('the batched count gives each graph its own count in a real SPARQL engine, 0 for an empty graph', () => {
    const store = new oxigraph.Store();
    const data = { a: recordQuads('a', 6), 'b/ü': recordQuads('b/ü', 1), c: recordQuads('c', 9), other: recordQuads('other', 7) };
    for (const quads of Object.values(data)) store.load(toNQuads(quads), { format: 'application/n-quads' });
    const graphs = ['a', 'b/ü', 'c', 'empty'].map(recordGraph);
    const body = store.query(countsQuery(graphs), { results_format: 'application/sparql-results+json' }) as string;
    expect(Object.fromEntries(parseCounts(body, graphs))).toEqual({
      [recordGraph('a')]: data.a.length, [recordGraph('b/ü')]: data['b/ü'].length, [recordGraph('c')]: data.c.length, [recordGraph('empty')]: 0,
    });
    expect(new Set([data.a.length, data['b/ü'].length, data.c.length]).size).toBe(3);
  });

  it('reads the rows back as counts, 0 for a graph without a row, and refuses a foreign row', () => {
    const row = (g: string, n: string) => ({ g: { type: 'uri', value: g }, n: { type: 'literal', value: n } });
    const body = (rows: unknown[]) => JSON.stringify({ results: { bindings: rows } });
    expect([...parseCounts(body([row('urn:a', '3')]), ['urn:a', 'urn:b'])]).toEqual([['urn:a', 3], ['urn:b', 0]]);
    expect(() => parseCounts(body([row('urn:c', '3')]), ['urn:a'])).toThrow(/unexpected row/);
    expect(() => parseCounts(body([row('urn:a', '-1')]), ['urn:a'])).toThrow(/unexpected row/);
    expect(() => parseCounts('{}', ['urn:a'])).toThrow(/no result rows/);
  });
});
