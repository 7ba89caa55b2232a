// Written graphs → their reports, after reading back each graph's triple count (batched: one SELECT for many graphs).
import type { GraphReport } from '../stages/store.js';
import type { StoreClient } from './client.js';
import { countGraph, countGraphs } from './read-back.js';
import { matches, type Expected, type Kept } from './write.js';

export interface Written { index: number; report: GraphReport; expected: Expected }

/** What a written graph that does not check out holds: a LOAD fills a new graph in steps, the other ways replace it at once. */
const keptAfter = (w: Written): Kept => (w.report.method === 'load' ? 'partial' : 'unknown');

/** The verdict on one written graph, given the count the store gave (the messages of the one-graph-at-a-time path). */
export function judged(w: Written, n: number): GraphReport {
  if (matches(n, w.expected)) return { ...w.report, action: 'written' };
  return { ...w.report, reason: `verification failed: the store holds ${n} triples, the file has ${w.expected.byValue}`, kept: keptAfter(w) };
}

async function verifyOne(client: StoreClient, w: Written): Promise<GraphReport> {
  try {
    return judged(w, await countGraph(client, w.report.graph));
  } catch (e) {
    return { ...w.report, reason: `written, but its triple count could not be read back: ${(e as Error).message}`, kept: keptAfter(w) };
  }
}

export interface VerifierLimits { graphs: number; triples: number }

/**
 * Collects written graphs and reads their counts back in batches, one query in flight at a time, alongside the
 * writes. A store that cannot answer the batched query (or a batch that fails) gets one COUNT per graph instead.
 */
export class BatchVerifier {
  private pending: Written[] = [];
  private pendingTriples = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: StoreClient,
    private readonly done: (index: number, report: GraphReport) => void,
    private readonly limits: VerifierLimits = { graphs: 50, triples: 200_000 },
  ) {}

  add(w: Written): void {
    this.pending.push(w);
    this.pendingTriples += w.expected.byValue;
    if (this.pending.length >= this.limits.graphs || this.pendingTriples >= this.limits.triples) this.flush();
  }

  /** Sends what is pending and waits until every graph added so far is judged. */
  async idle(): Promise<void> {
    this.flush();
    await this.chain;
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.pendingTriples = 0;
    if (batch.length > 0) this.chain = this.chain.then(() => this.verify(batch));
  }

  private async verify(batch: Written[]): Promise<void> {
    let counts: Map<string, number> | undefined;
    try {
      counts = await countGraphs(this.client, batch.map((w) => w.report.graph));
    } catch {
      counts = undefined;
    }
    for (const w of batch) this.done(w.index, counts ? judged(w, counts.get(w.report.graph) ?? 0) : await verifyOne(this.client, w));
  }
}
