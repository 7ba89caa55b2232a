// New graphs → N-Quads files in a folder the store reads → one SPARQL `LOAD <file:…>` per file of many graphs.
import { randomBytes } from 'node:crypto';
import { chmod, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Quad, Term } from '../rdf/factory.js';
import { writeFileAtomic } from '../write/atomic.js';
import type { StoreClient } from './client.js';
import { detached } from './dataset.js';
import { expectedCounts } from './prepare.js';
import { iriRef, loadFile, termText } from './sparql.js';
import type { Expected } from './write.js';

/** A graph ready for a load file: its N-Quads text (and its size in UTF-8) and the counts the store must give back. */
export interface LoadGraph { index: number; graph: string; nquads: string; bytes: number; expected: Expected }

/** How much goes into one file: Virtuoso 7 refuses to read a file over 10 MiB (FA008). */
export interface LoadLimits { graphs: number; bytes: number }
export const LOAD_LIMITS: LoadLimits = { graphs: 50, bytes: 8 * 1024 * 1024 };

/**
 * IRIs already checked and rendered, by IRI: the same subjects, predicates and classes recur on many lines (in a
 * profile of a million triples the IRI checks went from 2.0 s to 0.5 s). Bounded: emptied when it holds `max` IRIs.
 * Keys and texts are `detached`: a cut-out IRI would keep its part of the file in memory.
 */
export class IriTexts {
  private readonly texts = new Map<string, string>();
  constructor(private readonly max = 200_000) {}

  text(t: Term): string {
    if (t.termType !== 'NamedNode') return termText(t);
    let text = this.texts.get(t.value);
    if (text === undefined) {
      text = detached(termText(t));
      if (this.texts.size >= this.max) this.texts.clear();
      this.texts.set(detached(t.value), text);
    }
    return text;
  }
}

/** The graph's lines as N-Quads with checked terms; throws (InvalidIriError, RangeError) when a term cannot be sent. */
export function loadGraph(index: number, graph: string, quads: readonly Quad[], iris = new IriTexts()): LoadGraph {
  const g = iriRef(graph);
  const lines = quads.map((q) => `${iris.text(q.subject)} ${iris.text(q.predicate)} ${iris.text(q.object)}`);
  const nquads = lines.length === 0 ? '' : `${lines.join(` ${g} .\n`)} ${g} .\n`;
  return { index, graph, nquads, bytes: Buffer.byteLength(nquads), expected: expectedCounts(quads, lines) };
}

/** Collects graphs into a file of at most `limits`; `fits` says whether the next graph still goes in. */
export class LoadBatch {
  readonly graphs: LoadGraph[] = [];
  private bytes = 0;
  constructor(private readonly limits: LoadLimits = LOAD_LIMITS) {}

  fits(g: LoadGraph): boolean {
    return this.graphs.length < this.limits.graphs && this.bytes + g.bytes <= this.limits.bytes;
  }

  add(g: LoadGraph): void {
    this.graphs.push(g);
    this.bytes += g.bytes;
  }

  /** Whether a graph this big can ever go into a load file. */
  static fitsAlone(g: LoadGraph, limits: LoadLimits = LOAD_LIMITS): boolean {
    return g.bytes <= limits.bytes;
  }
}

/** Names of load files: a random run id and a counter, nothing taken from the data. */
export class LoadFiles {
  private readonly run = randomBytes(6).toString('hex');
  private n = 0;
  constructor(readonly dir: string) {}
  next(): string {
    return join(this.dir, `lodscribe-load-${this.run}-${String(++this.n).padStart(6, '0')}.nq`);
  }
}

/** Writes the graphs to a new load file (atomically, readable by a store running as another user); returns its path. */
export async function writeLoadFile(files: LoadFiles, graphs: readonly LoadGraph[]): Promise<string> {
  const path = files.next();
  try {
    await writeFileAtomic(path, graphs.map((g) => g.nquads).join(''));
    await chmod(path, 0o644); // the data is being published anyway
  } catch (e) {
    await rm(path, { force: true });
    throw e;
  }
  return path;
}

/**
 * Asks the store to LOAD the file, then removes it. Its graphs were empty before: a LOAD that fails part-way leaves
 * them partly filled, and the caller writes them again the usual way, which replaces them.
 */
export async function loadPath(client: StoreClient, path: string): Promise<void> {
  try {
    await client.update(loadFile(pathToFileURL(path).href));
  } finally {
    await rm(path, { force: true });
  }
}
