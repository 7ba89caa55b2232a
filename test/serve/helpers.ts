// Shared by the serve tests: the example output in a temp folder, a server over it with the TypeScript worker.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveCommand, type ServeCommandOptions } from '../../src/commands/serve.js';
import { runPipeline } from '../../src/pipeline.js';
import type { WorkerSpec } from '../../src/serve/query-pool.js';
import type { ServeHandle } from '../../src/stages/serve.js';
import { ROOT } from '../helpers.js';

/** The query worker run from its TypeScript source (vitest does not load workers itself). */
export const TEST_WORKER: WorkerSpec = {
  url: new URL('../../src/serve/query-worker.ts', import.meta.url),
  execArgv: ['--import', new URL('./worker-loader.mjs', import.meta.url).href],
};

export const EXAMPLE_ID = '000_61cf9e0859bf9235';
export const BASE = 'https://w3id.org/lodscribe/';

/** A fresh folder holding the pipeline's output for `inputs` (the bundled example when empty); `done()` removes it. */
export async function pipelineOutput(inputs: string[] = []): Promise<{ dir: string; done: () => void }> {
  const root = mkdtempSync(join(tmpdir(), 'lodscribe-serve-'));
  const dir = join(root, 'output');
  await runPipeline({ inputs, out: dir });
  return { dir, done: () => rmSync(root, { recursive: true, force: true }) };
}

/** A fresh folder holding a copy of the committed example output (dataset.nq, void.ttl); `done()` removes it. */
export function exampleOutputCopy(prefix: string): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of ['dataset.nq', 'void.ttl']) copyFileSync(join(ROOT, 'output', f), join(dir, f));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The competency question files, sorted, but cq8 (SERVICE to Wikidata: never called from the tests). */
export const OFFLINE_QUERY_FILES = readdirSync(join(ROOT, 'queries')).filter((f) => f.endsWith('.rq') && !f.startsWith('cq8')).sort();

/** A server on a free port of 127.0.0.1 over `dir`. */
export function serveForTest(dir: string, options: ServeCommandOptions = {}): Promise<ServeHandle> {
  return serveCommand(dir, { port: 0, host: '127.0.0.1', worker: TEST_WORKER, workers: 1, print: () => {}, ...options });
}

/** A GET that does not follow redirects. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers, redirect: 'manual' });
}
