// Writing one graph so that it is never seen half-written: one Graph Store PUT, or a staging graph filled, then MOVEd.
import { createHash } from 'node:crypto';
import type { Quad } from '../rdf/factory.js';
import { StoreError, type StoreClient } from './client.js';
import type { StoreProfile, WriteMethod } from './profiles.js';
import { countGraph } from './read-back.js';
import { dropGraph, insertBound, insertData, moveGraph, nTriples } from './sparql.js';

/** What the store's graph holds after a failed write. */
/** What a failed graph leaves in the store: its previous content, one of old/new (never a mix), or part of the new. */
export type Kept = 'previous' | 'unknown' | 'partial';

export class GraphWriteError extends Error {
  override readonly name = 'GraphWriteError';
  constructor(message: string, readonly kept: Kept) {
    super(message);
  }
}

export interface WriteContext {
  client: StoreClient;
  profile: StoreProfile;
  method: WriteMethod;
}

const MOVE_ATTEMPTS = 3;

/** A graph's distinct triples, by exact form and by value: a store may keep either (Virtuoso compares values). */
export interface Expected { exact: number; byValue: number }

/** Whether a store's count `n` is what the file's graph should give. */
export function matches(n: number, e: Expected): boolean {
  return n >= Math.min(e.exact, e.byValue) && n <= Math.max(e.exact, e.byValue);
}

/** The staging graph of a target graph: fixed per target, so a later run clears what an interrupted one left. */
export function stagingGraph(graph: string): string {
  return `urn:lodscribe:staging:${createHash('sha256').update(graph, 'utf8').digest('hex').slice(0, 32)}`;
}

/** Splits `items` into runs of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}

const tooLarge = (e: unknown): boolean => e instanceof StoreError && e.failure.kind === 'too-large';
const refused = (e: unknown): boolean => e instanceof StoreError && e.failure.kind === 'auth';

/**
 * Writes `quads` as graph `graph`; returns the method that did it. `bodies`: the graph's Graph Store bodies, made
 * beforehand (default: one N-Triples body); one is PUT, several are POSTed to the staging graph and MOVEd.
 */
export async function writeGraph(ctx: WriteContext, graph: string, quads: readonly Quad[], expected: Expected, bodies?: readonly string[]): Promise<WriteMethod> {
  if (ctx.method === 'gsp') {
    const pieces = bodies ?? [nTriples(quads)];
    try {
      if (pieces.length > 1) return await postStaged(ctx, graph, pieces, expected);
      await ctx.client.putGraph(graph, pieces[0] ?? '');
      return 'gsp';
    } catch (e) {
      if (!tooLarge(e)) throw asWriteError(e, pieces.length === 1 ? 'the Graph Store PUT failed' : 'the Graph Store POST to the staging graph failed');
      // Too large for the Graph Store: fall back to chunked updates into a staging graph.
    }
  }
  const staging = stagingGraph(graph);
  try {
    await fillStaging(ctx, staging, expected, () => insertAll(ctx, staging, quads));
  } catch (e) {
    throw asWriteError(e, 'writing the staging graph failed; the target was not touched');
  }
  await moveChecked(ctx, staging, graph, expected);
  return 'update';
}

function asWriteError(e: unknown, what: string): GraphWriteError {
  if (e instanceof GraphWriteError) return e;
  const ambiguous = e instanceof StoreError && e.ambiguous;
  return new GraphWriteError(`${what}: ${(e as Error).message}`, ambiguous ? 'unknown' : 'previous');
}

/** DROP the staging graph, fill it, check its count; on failure drop it again (the target is never touched here). */
async function fillStaging(ctx: WriteContext, staging: string, expected: Expected, fill: () => Promise<void>): Promise<void> {
  try {
    await ctx.client.update(dropGraph(staging));
    await fill();
    const staged = await countGraph(ctx.client, staging);
    if (!matches(staged, expected)) throw new GraphWriteError(`the staging graph holds ${staged} of ${expected.byValue} triples; the target was not touched`, 'previous');
  } catch (e) {
    if (!refused(e)) await ctx.client.update(dropGraph(staging)).catch(() => undefined);
    throw e;
  }
}

/** Graph Store POSTs of the pieces into the staging graph, then one MOVE onto the target. */
async function postStaged(ctx: WriteContext, graph: string, pieces: readonly string[], expected: Expected): Promise<WriteMethod> {
  const staging = stagingGraph(graph);
  await fillStaging(ctx, staging, expected, async () => {
    for (const body of pieces) await ctx.client.postGraph(staging, body);
  });
  await moveChecked(ctx, staging, graph, expected);
  return 'gsp-staged';
}

async function insertAll(ctx: WriteContext, graph: string, quads: readonly Quad[]): Promise<void> {
  const bind = (q: Quad): boolean => q.object.termType === 'Literal' && ctx.profile.needsBind(q.object);
  for (const chunk of chunks(quads.filter((q) => !bind(q)), ctx.profile.chunkSize)) await insertSplitting(ctx, chunk, (c) => insertData(graph, c));
  for (const chunk of chunks(quads.filter(bind), ctx.profile.chunkSize)) await insertSplitting(ctx, chunk, (c) => insertBound(graph, c));
}

/** One INSERT; a "too large" answer splits the chunk in two, down to single triples. */
async function insertSplitting(ctx: WriteContext, chunk: readonly Quad[], build: (c: readonly Quad[]) => string): Promise<void> {
  try {
    await ctx.client.update(build(chunk));
  } catch (e) {
    if (!tooLarge(e) || chunk.length <= 1) throw e;
    const half = Math.ceil(chunk.length / 2);
    await insertSplitting(ctx, chunk.slice(0, half), build);
    await insertSplitting(ctx, chunk.slice(half), build);
  }
}

/**
 * MOVE staging → target, never sent again blindly: after a failure the counts of both graphs tell whether it took
 * effect (staging empty, target complete) or not (staging still complete), and only then is it retried.
 */
async function moveChecked(ctx: WriteContext, staging: string, graph: string, expected: Expected): Promise<void> {
  let last: unknown;
  for (let attempt = 0; attempt < MOVE_ATTEMPTS; attempt++) {
    try {
      await ctx.client.update(moveGraph(staging, graph), false);
      return;
    } catch (e) {
      last = e;
      if (refused(e)) throw asWriteError(e, 'MOVE was refused');
      const state = await moveState(ctx, staging, graph, expected);
      if (state === 'done') return;
      if (state === 'unknown') throw new GraphWriteError(`MOVE failed (${(e as Error).message}) and the graphs' state could not be read`, 'unknown');
      // Not done (Virtuoso: "SR172: Transaction deadlocked" beside other writers): wait before sending it again.
      if (attempt + 1 < MOVE_ATTEMPTS) await ctx.client.pause(attempt);
    }
  }
  await ctx.client.update(dropGraph(staging)).catch(() => undefined);
  throw new GraphWriteError(`MOVE failed ${MOVE_ATTEMPTS} times: ${(last as Error).message}`, 'previous');
}

async function moveState(ctx: WriteContext, staging: string, graph: string, expected: Expected): Promise<'done' | 'not-done' | 'unknown'> {
  try {
    const staged = await countGraph(ctx.client, staging);
    if (matches(staged, expected)) return 'not-done';
    const target = await countGraph(ctx.client, graph);
    return staged === 0 && matches(target, expected) ? 'done' : 'unknown';
  } catch {
    return 'unknown';
  }
}
