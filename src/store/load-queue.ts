// Graphs read from the file → files of new graphs LOADed by the store; graphs the store already holds go the usual way.
import { rm } from 'node:fs/promises';
import type { GraphReport } from '../stages/store.js';
import type { StoreClient } from './client.js';
import type { GraphData } from './dataset.js';
import type { Flight } from './flight.js';
import { IriTexts, LoadBatch, LoadFiles, loadGraph, loadPath, writeLoadFile, type LoadGraph, type LoadLimits } from './load.js';
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
  /** Told why a LOAD failed; the queue then writes that file's graphs, and all after them, the usual way. */
  loadFailed: (reason: string) => void;
  limits?: LoadLimits;
}

/**
 * Gathers graphs until a file is full, then asks the store which of them it holds: the empty ones are written to one
 * file and LOADed (a new graph has nothing a reader could see half-replaced), the others are written the usual way,
 * which replaces a graph in one step. A graph too big for a file, a batch whose counts cannot be read, and every graph
 * after a failed LOAD go the usual way too; so do the graphs of the failed LOAD, whatever part of them it left.
 */
export class LoadQueue {
  private pending: Pending[] = [];
  private batch: LoadBatch;
  private readonly iris = new IriTexts();
  /** After a LOAD failed (a folder the store may not read, say) or a file could not be written, the rest goes the usual way. */
  private failed = false;
  /** The LOAD in flight; it gives the graphs it could not load (all of its file's when it failed). */
  private loading: Promise<Pending[]> = Promise.resolve([]);

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
    await this.writeUnloaded(); // one LOAD at a time: two at once gained nothing
    if (path === undefined || this.failed) {
      this.failed = true;
      if (path !== undefined) await rm(path, { force: true });
      for (const p of fresh) await this.parts.write(p.load.index, p.data);
      return;
    }
    let loaded: Promise<Pending[]> = Promise.resolve([]);
    await this.parts.flight.add(async () => {
      loaded = this.load(fresh, path);
      await loaded;
    });
    this.loading = loaded;
  }

  /** Sends the last batch, then writes the graphs of a LOAD that failed. */
  async end(): Promise<void> {
    await this.flush();
    await this.writeUnloaded();
  }

  /**
   * Waits for the LOAD in flight and writes the graphs it could not load the usual way, outside the flight it ran in
   * (a write waits for a free place in that flight). A PUT replaces whatever part of a graph the LOAD left.
   */
  private async writeUnloaded(): Promise<void> {
    const unloaded = await this.loading;
    this.loading = Promise.resolve([]);
    for (const p of unloaded) await this.parts.write(p.load.index, p.data);
  }

  private async load(batch: Pending[], path: string): Promise<Pending[]> {
    try {
      await loadPath(this.parts.client, path);
    } catch (e) {
      this.failed = true;
      this.parts.loadFailed((e as Error).message);
      return batch;
    }
    for (const { load: g } of batch) {
      const report: GraphReport = { graph: g.graph, triples: g.expected.byValue, action: 'failed', method: 'load' };
      this.parts.verifier.add({ index: g.index, report, expected: g.expected });
    }
    return [];
  }
}
