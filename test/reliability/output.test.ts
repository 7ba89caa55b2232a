// Items 3 and 4: byte-identical output whatever the order and process; every file re-read by oxigraph to the same graph.
import oxigraph from 'oxigraph';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import type { Quad, Term } from '../../src/rdf/factory.js';
import { assertIri } from '../../src/rdf/iri.js';
import { parseRdf } from '../../src/rdf/parse.js';
import { FIXTURES, ROOT, SEED } from '../helpers.js';
import { maskRunTimes, readTree } from '../pipeline/helpers.js';
import { BAD, seeded, tempDir } from './helpers.js';

/** The corpus: the hand-written fixtures, the example record and every bad page (sidecars beside their pages). */
const PAGES = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f)),
  SEED,
  ...readdirSync(BAD).filter((f) => f.endsWith('.txt') && !f.startsWith('dup-')).map((f) => join(BAD, f)),
];

/** Copies the pages into nested folders in a shuffled order, so that they are read and finished in another order. */
function shuffledCopy(seed: number): string {
  const random = seeded(seed);
  const root = join(tempDir('shuffled'), 'in');
  const order = [...PAGES].sort(() => random() - 0.5);
  order.forEach((page, i) => {
    const dir = join(root, `${String.fromCharCode(97 + Math.floor(random() * 26))}${i}`);
    mkdirSync(dir, { recursive: true });
    const name = page.replace(/^.*\//, '');
    copyFileSync(page, join(dir, name));
    const sidecar = page.replace(/\.txt$/, '.json');
    if (existsSync(sidecar)) copyFileSync(sidecar, join(dir, name.replace(/\.txt$/, '.json')));
  });
  return root;
}

const masked = (tree: Map<string, string>) => new Map([...tree].map(([f, t]) => [f, maskRunTimes(t)]));

let first = new Map<string, string>();
let out = '';
beforeAll(async () => {
  out = join(tempDir('output'), 'out');
  await runPipeline({ inputs: PAGES, out, jobs: 1, fresh: true });
  first = readTree(out);
}, 180_000);

describe('byte-identical output (item 3)', () => {
  it('in one process run twice', async () => {
    const again = join(tempDir('again'), 'out');
    await runPipeline({ inputs: [...PAGES].reverse(), out: again, jobs: 1, fresh: true });
    expect(masked(readTree(again))).toEqual(masked(first));
  }, 180_000);

  it('with the pages shuffled into other folders and processed by two workers, finishing in any order', async () => {
    const other = join(tempDir('other'), 'out');
    await runPipeline({ inputs: [shuffledCopy(7)], out: other, jobs: 2, fresh: true });
    const tree = masked(readTree(other));
    expect([...tree.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [file, text] of masked(first)) expect(tree.get(file), file).toBe(text);
  }, 180_000);
});

const FORMATS: Record<string, string> = { ttl: 'text/turtle', nq: 'application/n-quads', jsonld: 'application/ld+json' };
const CONTEXT = (JSON.parse(readFileSync(`${ROOT}ontology/context.jsonld`, 'utf8')) as { '@context': unknown })['@context'];
/** A term as a plain key, each property read once (oxigraph's terms cross into WebAssembly on every read). */
function termKey(t: Term): string {
  const value = t.value;
  if (t.termType !== 'Literal') return `${t.termType}|${value}`;
  return `L|${value}|${t.language}|${t.datatype.value}`;
}
/** A set of quads as sorted keys (no blank nodes in the output, so equal sets are equal graphs). */
const lines = (quads: Iterable<Quad>) => [...new Set([...quads].map((q) => [q.subject, q.predicate, q.object, q.graph].map(termKey).join(' ')))].sort();
/** The same quads in the default graph. */
const triples = (quads: Iterable<Quad>) => [...quads].map((q) => ({ ...q, subject: q.subject, predicate: q.predicate, object: q.object, graph: { termType: 'DefaultGraph', value: '' } }) as Quad);

/** Our reading of an output file with n3; a JSON-LD record file must hold the graph of its Turtle twin. */
function ours(file: string, text: string): Quad[] {
  if (file.endsWith('.jsonld')) return parseRdf(first.get(file.replace(/\.jsonld$/, '.ttl'))!, 'turtle');
  return parseRdf(text, file.endsWith('.nq') ? 'n-quads' : 'turtle');
}

/** oxigraph's strict parser (not its Store, which rewrites xsd:nonNegativeInteger); JSON-LD with the context inlined. */
function theirs(file: string, text: string): Quad[] {
  const ext = file.replace(/^.*\./, '');
  const input = ext === 'jsonld' ? JSON.stringify({ ...(JSON.parse(text) as object), '@context': CONTEXT }) : text;
  return oxigraph.parse(input, { format: FORMATS[ext]! }) as unknown as Quad[];
}

describe('every output file re-read by an independent strict parser (item 4)', () => {
  it('gives the same graph as ours, for every Turtle, N-Quads and JSON-LD file', () => {
    const rdf = [...first.keys()].filter((f) => /\.(ttl|nq|jsonld)$/.test(f));
    expect(rdf.length).toBeGreaterThan(150);
    for (const file of rdf) {
      const text = first.get(file)!;
      const mine = ours(file, text);
      const ox = theirs(file, text);
      if (file.endsWith('.nq')) expect(lines(ox), file).toEqual(lines(mine));
      else expect(lines(triples(ox)), file).toEqual(lines(triples(mine)));
    }
  }, 120_000);

  it('has no raw control character in any file (summary.txt included)', () => {
    for (const [file, text] of first) expect(text, file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });

  it('has only valid IRIs, and dataset.nq holds each published record graph exactly as its Turtle file', () => {
    const dataset = parseRdf(first.get('dataset.nq')!, 'n-quads');
    const check = (t: Term) => (t.termType === 'NamedNode' ? assertIri(t.value) : t.termType === 'Literal' ? assertIri(t.datatype.value) : undefined);
    for (const q of dataset) [q.subject, q.predicate, q.object, q.graph].forEach(check);
    expect(dataset.every((q) => q.subject.termType === 'NamedNode' && q.graph.termType === 'NamedNode')).toBe(true);
    for (const file of [...first.keys()].filter((f) => /^records\/.*\.ttl$/.test(f))) {
      const graph = dataset.filter((q) => q.graph.value.endsWith(`/graph/record/${file.slice(8, -4)}`));
      expect(lines(triples(graph)), file).toEqual(lines(parseRdf(first.get(file)!, 'turtle')));
    }
  });
});
