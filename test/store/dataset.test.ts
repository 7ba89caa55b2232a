// Reading dataset.nq graph by graph, deterministic skolemisation, and canonical comparison of values.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literal, namedNode, quad } from '../../src/rdf/factory.js';
import { canonicalDecimal, canonicalLines, canonicalTriple, durationSeconds } from '../../src/store/canonical.js';
import { DatasetError, readGraphs, skolemIri, type DatasetSummary, type GraphData } from '../../src/store/dataset.js';
import { tempDir } from '../temp-dir.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const G1 = 'https://w3id.org/lodscribe/graph/record/a';
const G2 = 'https://w3id.org/lodscribe/graph/entities';

function file(text: string): string {
  const path = join(tempDir('lodscribe-nq-'), 'dataset.nq');
  writeFileSync(path, text);
  return path;
}

async function all(path: string, summary?: DatasetSummary): Promise<GraphData[]> {
  const out: GraphData[] = [];
  for await (const g of readGraphs(path, summary)) out.push(g);
  return out;
}

describe('readGraphs', () => {
  it('groups quads by graph, in file order, and counts default-graph triples', async () => {
    const lines = [`<urn:s> <urn:p> "d" .`, `<urn:s> <urn:p> "1" <${G1}> .`, `<urn:s> <urn:p> "2" <${G1}> .`, `<urn:s> <urn:p> "3" <${G2}> .`];
    const summary = { defaultGraphTriples: 0 };
    const graphs = await all(file(`${lines.join('\n')}\n`), summary);
    expect(graphs.map((g) => [g.graph, g.quads.length])).toEqual([[G1, 2], [G2, 1]]);
    expect(summary.defaultGraphTriples).toBe(1);
  });

  it('streams graphs larger than a batch of lines', async () => {
    const lines = Array.from({ length: 4500 }, (_, i) => `<urn:s${i}> <urn:p> "${i}" <${i < 3000 ? G1 : G2}> .`);
    const graphs = await all(file(lines.join('\n')));
    expect(graphs.map((g) => g.quads.length)).toEqual([3000, 1500]);
  });

  it('refuses a graph whose lines are not together, and names the line of a syntax error', async () => {
    const split = [`<urn:s> <urn:p> "1" <${G1}> .`, `<urn:s> <urn:p> "2" <${G2}> .`, `<urn:s> <urn:p> "3" <${G1}> .`].join('\n');
    await expect(all(file(split))).rejects.toThrow(/not together/);
    await expect(all(file(`<urn:s> <urn:p> "1" <${G1}> .\n<urn:s> <urn:p> "oops <${G1}> .\n`))).rejects.toThrow(DatasetError);
    await expect(all(file(`<urn:s> <urn:p> "1" <${G1}> .\n<urn:s> <urn:p> "oops <${G1}> .\n`))).rejects.toThrow(/line 2/);
  });

  it('skolemises blank nodes to the same IRI on every read, under the base of the graph names', async () => {
    const text = `_:b1 <urn:p> "x" <${G1}> .\n<urn:s> <urn:q> _:b1 <${G1}> .\n`;
    const [a] = await all(file(text));
    const [b] = await all(file(text));
    const iri = skolemIri(G1, 'b1');
    expect(iri).toMatch(/^https:\/\/w3id\.org\/lodscribe\/\.well-known\/genid\/[0-9a-f]{32}$/);
    expect(a?.quads.map((q) => q.subject.value)).toEqual([iri, 'urn:s']);
    expect(a?.quads[1]?.object.value).toBe(iri);
    expect(canonicalLines(a?.quads ?? [])).toEqual(canonicalLines(b?.quads ?? []));
  });
});

describe('canonical values (what Virtuoso gives back equals what was sent)', () => {
  const s = namedNode('urn:s');
  const p = namedNode('urn:p');
  const same = (a: ReturnType<typeof literal>, b: ReturnType<typeof literal>) => expect(canonicalTriple(quad(s, p, a))).toBe(canonicalTriple(quad(s, p, b)));

  it('numbers, booleans, durations and language tags compare by value', () => {
    same(literal('042', namedNode(`${XSD}integer`)), literal('42', namedNode(`${XSD}integer`)));
    same(literal('120', namedNode(`${XSD}decimal`)), literal('120', namedNode(`${XSD}integer`)));
    same(literal('120.50', namedNode(`${XSD}decimal`)), literal('120.5', namedNode(`${XSD}decimal`)));
    same(literal('1.5e0', namedNode(`${XSD}double`)), literal('1.5', namedNode(`${XSD}double`)));
    same(literal('1', namedNode(`${XSD}boolean`)), literal('true', namedNode(`${XSD}boolean`)));
    same(literal('PT2H', namedNode(`${XSD}duration`)), literal('7200.0', namedNode(`${XSD}duration`)));
    same(literal('x', 'en-GB'), literal('x', 'en-gb'));
    same(literal('x', namedNode(`${XSD}string`)), literal('x'));
  });

  it('keeps different values apart', () => {
    expect(canonicalTriple(quad(s, p, literal('0001')))).not.toBe(canonicalTriple(quad(s, p, literal('1'))));
    expect(canonicalTriple(quad(s, p, literal('1950-01-22', namedNode(`${XSD}date`))))).not.toBe(canonicalTriple(quad(s, p, literal('1950-01-22T00:00:00', namedNode(`${XSD}dateTime`)))));
  });

  it('canonicalDecimal and durationSeconds', () => {
    expect(['-0012.500', '+7', '0.0', '-0', '.5', 'x'].map(canonicalDecimal)).toEqual(['-12.5', '7', '0', '0', '0.5', undefined]);
    expect(['PT2H', 'P1DT30M', 'PT1H30M5.25S', 'P1Y', 'PT'].map(durationSeconds)).toEqual(['7200', '88200', '5405.25', undefined, undefined]);
  });
});
