// Same-run baselines on the run's own output: the n3 Writer (serialisation floor) and jsonld.js fromRDF+compact.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { DataFactory, Parser, Writer, type Quad } from 'n3';
import { CONTEXT_IRI, documentLoader, toCompactJsonLd } from '../src/rdf/jsonld.js';
import { compactJsonLd } from '../src/rdf/jsonld-writer.js';
import { NS } from '../src/rdf/namespaces.js';

export interface RecordGraphs { sample: Quad[][]; entityQuads: Quad[]; triples: number; graphs: number; floor: { turtleSeconds: number; nquadsSeconds: number } }

/**
 * Reads an output folder's dataset.nq graph by graph (it is sorted by graph), timing the n3 Writer on every record graph
 * as it goes (the serialisation floor), and keeps only the first `sample` record graphs and the shared entities graph.
 */
export async function scanDataset(out: string, sample: number): Promise<RecordGraphs> {
  const result: RecordGraphs = { sample: [], entityQuads: [], triples: 0, graphs: 0, floor: { turtleSeconds: 0, nquadsSeconds: 0 } };
  let graph = '';
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    const quads = new Parser({ format: 'N-Quads' }).parse(lines.join('\n'));
    result.triples += quads.length;
    if (graph.endsWith('/graph/entities')) result.entityQuads = quads;
    else if (graph.includes('/graph/record/')) {
      result.graphs++;
      addFloor(result.floor, quads);
      if (result.sample.length < sample) result.sample.push(quads);
    }
    lines = [];
  };
  for await (const line of createInterface({ input: createReadStream(join(out, 'dataset.nq'), 'utf8'), crlfDelay: Infinity })) {
    if (line === '') continue;
    const g = line.slice(line.lastIndexOf(' <') + 2, line.lastIndexOf('>'));
    if (g !== graph) {
      flush();
      graph = g;
    }
    lines.push(line);
  }
  flush();
  return result;
}

/** The quad without its graph name. */
const triple = (q: Quad): Quad => DataFactory.quad(q.subject, q.predicate, q.object);

function ms(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

async function msAsync(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** The n3 Writer writing one record graph as prefixed Turtle and as N-Quads: what serialising costs at least. */
function addFloor(floor: { turtleSeconds: number; nquadsSeconds: number }, g: Quad[]): void {
  const triples = g.map(triple);
  floor.turtleSeconds += ms(() => {
    const w = new Writer({ prefixes: { ...NS } });
    w.addQuads(triples);
    w.end(() => {});
  }) / 1000;
  floor.nquadsSeconds += ms(() => new Writer({ format: 'N-Quads' }).quadsToString(g)) / 1000;
}

const api = jsonld as unknown as {
  fromRDF(input: string, o: object): Promise<unknown>;
  compact(input: unknown, ctx: string, o: object): Promise<unknown>;
};

/** jsonld.js fromRDF + compact against lodscribe's writer on the same graphs; `identical` checks the bytes against the reference. */
export async function jsonLdBaseline(graphs: Quad[][]): Promise<{ graphs: number; jsonldSeconds: number; lodscribeSeconds: number; ratio: number; identical: boolean }> {
  const options = { documentLoader, safe: true, base: null, compactToRelative: false };
  const nquads = graphs.map((g) => new Writer({ format: 'N-Quads' }).quadsToString(g.map(triple)));
  await compactJsonLd(graphs[0] ?? []);
  await api.compact(await api.fromRDF(nquads[0] ?? '', { format: 'application/n-quads' }), CONTEXT_IRI, options);
  let reference = 0;
  let ours = 0;
  let identical = true;
  for (const [i, g] of graphs.entries()) {
    reference += await msAsync(async () => api.compact(await api.fromRDF(nquads[i]!, { format: 'application/n-quads', useNativeTypes: false, rdfDirection: null }), CONTEXT_IRI, options));
    let text = '';
    ours += await msAsync(async () => (text = await compactJsonLd(g)));
    if (i < 200 && text !== (await toCompactJsonLd(g))) identical = false;
  }
  return { graphs: graphs.length, jsonldSeconds: reference / 1000, lodscribeSeconds: ours / 1000, ratio: ours > 0 ? reference / ours : 0, identical };
}
