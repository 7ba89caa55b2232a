// Graphs read from the file → files of new graphs LOADed by the store; graphs the store already holds go the usual way.
import { rm } from 'node:fs/promises';
import type { GraphReport } from '../stages/store.js';
import type { StoreClient } from './client.js';
import type { GraphData } from './dataset.js';
import type { Flight } from './flight.js';
import { IriTexts, LoadBatch, LoadFiles, loadFailed, loadGraph, loadPath, writeLoadFile, type LoadGraph, type LoadLimits } from './load.js';
import { countGraphs } from './read-back.js';
import type { BatchVerifier } from './verify.js';

interface Pending { load: LoadGraph; data: GraphData }

export interface LoadQueueParts {
  client: StoreClient;
  flight: Flight;
  verifier: BatchVerifier;
  files: LoadFiles;
  /** The usual way of writing one graph (a PUT, or pieces staged and MOVEd). */
  write: (index: number, data: GraphData) => Promise<void>;
  finish: (index: number, report: GraphReport) => void;
  limits?: LoadLimits;
}

/**
 * Gathers graphs until a file is full, then asks the store which of them it holds: the empty ones are written to one
 * file and LOADed (a new graph has nothing a reader could see half-replaced), the others are written the usual way,
 * which replaces a graph in one step. A graph too big for a file, a batch whose counts cannot be read, and every graph
 * after a failed LOAD go the usual way too.
 */
export class LoadQueue {
  private pending: Pending[] = [];
  private batch: LoadBatch;
  private readonly iris = new IriTexts();
  /** After a LOAD failed (a folder the store may not read, say) or a file could not be written, the rest goes the usual way. */
  private failed = false;
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly parts: LoadQueueParts) {
    this.batch = new LoadBatch(parts.limits);
  }

  async add(index: number, data: GraphData): Promise<void> {
    let load: LoadGraph;
    try {
      load = loadGraph(index, data.graph, data.quads, this.iris);
    } catch {
      return this.parts.write(index, data); // reported there, with the term that cannot be sent
    }
    if (this.failed || !LoadBatch.fitsAlone(load, this.parts.limits)) return this.parts.write(index, data);
    if (!this.batch.fits(load)) await this.flush();
    this.batch.add(load);
    this.pending.push({ load, data });
  }

  /** Counts the batch's graphs and writes its file while the store still loads the previous one, then LOADs it. */
  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    this.batch = new LoadBatch(this.parts.limits);
    if (pending.length === 0) return;
    const counts = this.failed ? undefined : await countGraphs(this.parts.client, pending.map((p) => p.load.graph)).catch(() => undefined);
    const fresh = counts ? pending.filter((p) => (counts.get(p.load.graph) ?? 0) === 0) : [];
    for (const p of pending) if (!fresh.includes(p)) await this.parts.write(p.load.index, p.data);
    if (fresh.length === 0) return;
    const path = await writeLoadFile(this.parts.files, fresh.map((p) => p.load)).catch(() => undefined);
    await this.loading; // one LOAD at a time: two at once gained nothing
    if (path === undefined || this.failed) {
      this.failed = true;
      if (path !== undefined) await rm(path, { force: true });
      for (const p of fresh) await this.parts.write(p.load.index, p.data);
      return;
    }
    let loaded: Promise<void> = Promise.resolve();
    await this.parts.flight.add(() => (loaded = this.load(fresh.map((p) => p.load), path)));
    this.loading = loaded;
  }

  private async load(graphs: LoadGraph[], path: string): Promise<void> {
    try {
      await loadPath(this.parts.client, path);
    } catch (e) {
      this.failed = true;
      for (const g of graphs) this.parts.finish(g.index, loadFailed(g, e));
      return;
    }
    for (const g of graphs) {
      const report: GraphReport = { graph: g.graph, triples: g.expected.byValue, action: 'failed', method: 'load' };
      this.parts.verifier.add({ index: g.index, report, expected: g.expected });
    }
  }
}
