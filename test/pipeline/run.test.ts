// lodscribe run end to end: the output layout, one graph in every format, determinism, and failing records left out.
import oxigraph from 'oxigraph';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import { quad, type NamedNode, type Quad } from '../../src/rdf/factory.js';
import { jsonLdToQuads } from '../../src/rdf/jsonld.js';
import { parseRdf } from '../../src/rdf/parse.js';
import { nQuadLine } from '../../src/rdf/serialize.js';
import { FIXTURES, ROOT, SEED } from '../helpers.js';
import { maskRunTimes, readTree, runInto } from './helpers.js';

const ID = '000_61cf9e0859bf9235';
/** A graph as its sorted N-Triples lines (the output has no blank nodes, so equal sets mean isomorphic graphs). */
const lines = (quads: Iterable<Quad>) => [...new Set([...quads].map((q) => nQuadLine(quad(q.subject as NamedNode, q.predicate as NamedNode, q.object as NamedNode))))].sort();
/** oxigraph's parser (not its store, which turns xsd:nonNegativeInteger into xsd:integer when it loads). */
const oxLines = (text: string, format: string) =>
  [...new Set(oxigraph.parse(text, { format }).map((q) => `${oxigraph.triple(q.subject, q.predicate, q.object).toString()} .`))].sort();

let out = '';
let tree = new Map<string, string>();
beforeAll(async () => {
  ({ out } = await runInto());
  tree = readTree(out);
}, 120_000);

describe('lodscribe run on the bundled example', () => {
  it('writes the output layout of DESIGN.md §6', () => {
    expect([...tree.keys()].sort()).toEqual([
      'dataset.nq', `records/${ID}.jsonld`, `records/${ID}.ttl`, `reports/${ID}.ttl`, 'reports/summary.txt', 'void.ttl',
    ]);
    expect(tree.get('reports/summary.txt')).toBe(`${ID}: validate: conforms\n`);
  });

  it('writes Turtle and JSON-LD of the same graph, both re-parsed by an independent parser (oxigraph) to it', async () => {
    const ttl = lines(parseRdf(tree.get(`records/${ID}.ttl`)!, 'turtle'));
    expect(lines(await jsonLdToQuads(tree.get(`records/${ID}.jsonld`)!))).toEqual(ttl);
    expect(oxLines(tree.get(`records/${ID}.ttl`)!, 'text/turtle')).toEqual(ttl);
    expect(ttl.length).toBeGreaterThan(5000);
  });

  it('puts every graph in dataset.nq, which oxigraph reads to the same quads', () => {
    const nq = parseRdf(tree.get('dataset.nq')!, 'n-quads');
    const graphs = [...new Set(nq.map((q) => q.graph.value))].sort();
    expect(graphs).toEqual([
      'https://w3id.org/lodscribe/graph/description', 'https://w3id.org/lodscribe/graph/entities',
      'https://w3id.org/lodscribe/graph/provenance', `https://w3id.org/lodscribe/graph/record/${ID}`,
    ]);
    expect(oxigraph.parse(tree.get('dataset.nq')!, { format: 'application/n-quads' })).toHaveLength(nq.length);
    expect(tree.get('dataset.nq')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('matches the reviewed golden Turtle of the example record, as a graph', () => {
    const golden = parseRdf(readFileSync(`${ROOT}test/golden/${ID}.ttl`, 'utf8'), 'turtle');
    expect(lines(parseRdf(tree.get(`records/${ID}.ttl`)!, 'turtle'))).toEqual(lines(golden));
  });

  it('keeps output/ in the repository up to date with a fresh run (run times aside)', () => {
    const committed = readTree(`${ROOT}output`);
    expect([...committed.keys()].sort()).toEqual([...tree.keys()].sort());
    for (const [file, text] of tree) expect(maskRunTimes(committed.get(file)!), file).toBe(maskRunTimes(text));
  });
});

describe('determinism and failures', () => {
  const fixture = `${FIXTURES}001_stalin_kim_talks_1949.txt`;
  const impossible = `${FIXTURES}013_zhou_vyshinsky_impossible_date.txt`;

  it('gives byte-identical files whatever the input order, and in one process run twice', async () => {
    const a = readTree((await runInto([SEED, fixture])).out);
    const b = readTree((await runInto([fixture, SEED])).out);
    const c = readTree((await runInto([SEED, fixture])).out);
    for (const other of [b, c]) {
      expect([...other.keys()]).toEqual([...a.keys()]);
      for (const [file, text] of a) expect(maskRunTimes(other.get(file)!), file).toBe(maskRunTimes(text));
    }
  }, 120_000);

  it('leaves a failing record out, publishes the others, and exits 1 naming the record and the cause', async () => {
    const dir = join((await runInto()).out, '..', 'two');
    const r = await runCommand({ inputs: [SEED, impossible], out: dir });
    expect(r.outcome).toEqual({ kind: 'done', failedRecords: 1, violations: 0 });
    expect(r.stderr).toContain('013_zhou_vyshinsky_impossible_date: ingest: error impossible-date');
    expect(r.stderr).toContain('013_zhou_vyshinsky_impossible_date: not published (1 error finding(s))');
    const files = [...readTree(dir).keys()];
    expect(files).toContain(`records/${ID}.ttl`);
    expect(files).not.toContain('records/013_zhou_vyshinsky_impossible_date.ttl');
    expect(files).toContain('reports/013_zhou_vyshinsky_impossible_date.ttl');
  }, 120_000);
});
