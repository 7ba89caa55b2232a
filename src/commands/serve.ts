// `lodscribe serve`: checks the options, starts the server, says where it listens; a ServeError carries what to print.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Outcome } from '../exit.js';
import { InvalidIriError } from '../rdf/iri.js';
import { QuerySourceError } from '../stages/query.js';
import { SERVE_DEFAULTS, startServer, type ServeHandle, type ServeOptions } from '../stages/serve.js';
import { DATASET_FILE } from '../write/layout.js';
import { loadReporter } from '../render/load-progress.js';
import type { ProgressStream } from '../render/progress.js';
import type { Rendered } from './parse.js';

export interface ServeCommandOptions extends Omit<ServeOptions, 'outDir' | 'port' | 'allowServices' | 'timeoutMs' | 'maxRows' | 'maxBytes' | 'workers'> {
  port?: number | string;
  /** Hosts SERVICE may call (`--allow-service <host...>`). */
  allowService?: readonly string[];
  /** Query time limit in ms (`--timeout`). */
  timeout?: number | string;
  maxRows?: number | string;
  maxBytes?: number | string;
  workers?: number | string;
  /** Where the "listening on" line goes (default: standard output). */
  print?: (line: string) => void;
  /** Where the stores' loading progress goes (default: standard error): a bar on a terminal, else a line every 10 s. */
  progress?: ProgressStream;
}

/** Serving could not start: `rendered` is what the CLI prints and the outcome for the exit code. */
export class ServeError extends Error {
  override readonly name = 'ServeError';
  constructor(readonly rendered: Rendered) {
    super(rendered.stderr);
  }
}

const usage = (input: string, message: string): ServeError =>
  new ServeError({ stdout: '', stderr: `${input}: serve: error serve-usage: ${message}`, outcome: { kind: 'usage', message } satisfies Outcome });

/** A whole number from min to max (option values arrive as strings from the command line). */
function whole(name: string, value: number | string | undefined, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw usage(`--${name}`, `expected a whole number from ${min} to ${max}, not ${JSON.stringify(String(value))}`);
  return n;
}

function options(outDir: string, o: ServeCommandOptions): ServeOptions {
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) throw usage(outDir, 'no such output folder (run lodscribe run first)');
  if (!existsSync(join(outDir, DATASET_FILE))) throw usage(outDir, `the folder holds no ${DATASET_FILE} (run lodscribe run first)`);
  const { print: _print, progress: _progress, allowService, timeout, port, maxRows, maxBytes, workers, ...rest } = o;
  return {
    ...rest,
    outDir,
    port: whole('port', port, 0, 65535, SERVE_DEFAULTS.port),
    allowServices: allowService ?? [],
    timeoutMs: whole('timeout', timeout, 1, 3_600_000, SERVE_DEFAULTS.timeoutMs),
    maxRows: whole('max-rows', maxRows, 1, 100_000_000, SERVE_DEFAULTS.maxRows),
    maxBytes: whole('max-bytes', maxBytes, 1, 2 ** 31 - 1, SERVE_DEFAULTS.maxBytes),
    workers: whole('workers', workers, 1, 64, SERVE_DEFAULTS.workers),
  };
}

/** Starts the server over `outDir` and resolves once it listens, having printed its URL; `close()` stops it. */
export async function serveCommand(outDir = 'output', o: ServeCommandOptions = {}): Promise<ServeHandle> {
  const resolved = options(outDir, o);
  const loading = loadReporter(o.progress ?? process.stderr, resolved.workers ?? SERVE_DEFAULTS.workers);
  let handle: ServeHandle;
  try {
    handle = await startServer({ ...resolved, onLoad: loading.onLoad });
  } catch (e) {
    if (e instanceof QuerySourceError || e instanceof InvalidIriError || e instanceof RangeError) throw usage(outDir, (e as Error).message);
    const message = (e as Error).message;
    throw new ServeError({ stdout: '', stderr: `${outDir}: serve: error serve-failed: ${message}`, outcome: { kind: 'done', failedRecords: 1, violations: 0 } });
  } finally {
    loading.done();
  }
  const print = o.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  print(`lodscribe serve: listening on ${handle.url} (SPARQL endpoint ${handle.url}sparql; IRIs under ${handle.base} are answered at ${handle.url}…)`);
  return handle;
}
