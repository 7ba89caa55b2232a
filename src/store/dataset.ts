// Reads an N-Quads dataset graph by graph (streaming: memory bounded by the largest graph), skolemising blank nodes.
import { createHash } from 'node:crypto';
import { Parser, namedNode, quad, type BlankNode, type NamedNode, type Quad, type QuadObject, type QuadSubject, type Term } from '../rdf/factory.js';
import { fileLineBatches } from './lines.js';

export interface GraphData {
  /** The graph IRI. */
  graph: string;
  /** Its triples (graph term dropped from the comparison, kept on the quads), blank nodes already skolemised. */
  quads: Quad[];
}

/** The file is not usable: unparsable, or a graph's lines are not together (lodscribe's writer sorts by graph). */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
}

export interface DatasetSummary {
  /** Triples in the default graph: not published (every lodscribe triple belongs to a named graph). */
  defaultGraphTriples: number;
  /** Named graphs in the file, once a first pass has read all of it. */
  namedGraphs?: number;
}

const BATCH_LINES = 2_000;

/**
 * A deterministic skolem IRI for a blank node label of the file (labels are file-scoped): `<base>.well-known/genid/<hash>`,
 * where `<base>` is what precedes `graph/` in the graph IRI (lodscribe's graph names), else the graph IRI's origin.
 */
export function skolemIri(graph: string, label: string): string {
  const at = graph.lastIndexOf('/graph/');
  const base = at >= 0 ? graph.slice(0, at + 1) : /^https?:/.test(graph) ? `${new URL(graph).origin}/` : 'urn:lodscribe:';
  const hash = createHash('sha256').update(`lodscribe-skolem\n${label}`, 'utf8').digest('hex').slice(0, 32);
  return base.startsWith('urn:') ? `${base}genid:${hash}` : `${base}.well-known/genid/${hash}`;
}

function skolemised(q: Quad): Quad {
  if (q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode') return q;
  const fix = <T extends Term>(t: T): T | NamedNode => (t.termType === 'BlankNode' ? namedNode(skolemIri(q.graph.value, (t as BlankNode).value)) : t);
  return quad(fix(q.subject) as QuadSubject, q.predicate as NamedNode, fix(q.object) as QuadObject, q.graph as NamedNode);
}

/** Parses N-Quads lines with n3 (throws n3's error, which names the line within `lines`). */
export function parse(lines: string[]): Quad[] {
  // blankNodePrefix '' keeps the file's own labels, so skolem IRIs do not depend on how the file was batched.
  return new Parser({ format: 'application/n-quads', blankNodePrefix: '' }).parse(lines.join('\n'));
}

/** Lines of the file → their quads; after a syntax error, the quads of the lines before it and the error. */
export type BatchParser = (lines: string[], firstLine: number) => { quads: Quad[]; error?: DatasetError };

/** The batch's quads; after a syntax error, the quads of the lines before it and the error (naming the file's line). */
export function parseBatch(lines: string[], firstLine: number): { quads: Quad[]; error?: DatasetError } {
  try {
    return { quads: parse(lines) };
  } catch (e) {
    const m = /on line (\d+)/.exec((e as Error).message);
    const at = m ? Number(m[1]) : 1;
    const error = new DatasetError(`line ${firstLine + at - 1}: ${(e as Error).message.replace(/ on line \d+\.?/, '')}`);
    return { quads: at > 1 ? parse(lines.slice(0, at - 1)) : [], error };
  }
}

/**
 * A copy of `s` that holds no reference to the text it was cut from. A string cut out of a line (a regular expression
 * capture, a parsed term) keeps the read buffer it came from, 64 KiB, alive for as long as it is kept: kept once per
 * graph, that was the whole file in memory.
 */
export function detached(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/**
 * Records that graph `g` starts here and returns its IRI as a string of its own (see `detached`); throws if it came
 * before (lines not together) or is a blank node.
 */
export function claimGraph(seen: Set<string>, g: string, named: boolean): string {
  if (seen.has(g)) throw new DatasetError(`the triples of graph <${g}> are not together in the file (sort the dataset by graph)`);
  if (!named) throw new DatasetError(`a blank node graph name (_:${g}) cannot be published`);
  const own = detached(g);
  seen.add(own);
  return own;
}

/** Groups quads into graphs as they come; refuses a graph that comes back after another one. */
class Grouper {
  private readonly seen = new Set<string>();
  private current: GraphData | undefined;

  constructor(private readonly summary: DatasetSummary) {}

  /** Adds quads in file order; returns the graphs they completed. */
  add(quads: readonly Quad[]): GraphData[] {
    const done: GraphData[] = [];
    for (const q of quads) {
      if (q.graph.termType === 'DefaultGraph') {
        this.summary.defaultGraphTriples++;
        continue;
      }
      const g = q.graph.value;
      if (this.current?.graph !== g) {
        if (this.current) done.push(this.current);
        this.current = { graph: claimGraph(this.seen, g, q.graph.termType === 'NamedNode'), quads: [] };
      }
      this.current.quads.push(skolemised(q));
    }
    return done;
  }

  /** The last graph (complete only when the whole file was read). */
  finish(): GraphData[] {
    return this.current ? [this.current] : [];
  }
}

/** The file's lines in batches, with the number of each batch's first line; DatasetError when it cannot be read. */
export async function* lineBatches(file: string): AsyncGenerator<{ lines: string[]; firstLine: number }> {
  try {
    yield* fileLineBatches(file, BATCH_LINES);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined) throw e;
    throw new DatasetError(`the file could not be read: ${code}`);
  }
}

/**
 * Yields each named graph of an N-Quads file once, in file order (lines read by `parser`, by default n3). Throws
 * DatasetError for a syntax error or a graph split over the file, after yielding the graphs completed before it; the
 * graph being read then is never yielded.
 */
export async function* readGraphs(file: string, summary: DatasetSummary = { defaultGraphTriples: 0 }, parser: BatchParser = parseBatch): AsyncGenerator<GraphData> {
  const grouper = new Grouper(summary);
  for await (const { lines, firstLine } of lineBatches(file)) {
    const { quads, error } = parser(lines, firstLine);
    yield* grouper.add(quads);
    if (error) throw error;
  }
  yield* grouper.finish();
}
