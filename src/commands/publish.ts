// `lodscribe publish`: an output folder's dataset.nq → a triple store; per-graph lines, a summary and the outcome.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Outcome } from '../exit.js';
import { publishDataset, PublishUsageError, type GraphReport, type PublishResult } from '../stages/store.js';
import { AuthConfigError, credentialsFromEnv, readAuthFile, redact, secretsOf, type Credentials } from '../store/auth.js';
import type { BulkOptions } from '../store/bulk.js';
import { DatasetError } from '../store/dataset.js';
import type { ProfileName, WriteMethod } from '../store/profiles.js';
import { publishReporter } from '../render/publish-progress.js';
import type { LogFormat, ProgressStream } from '../render/progress.js';
import type { Rendered } from './parse.js';

export interface PublishCommandOptions extends Omit<BulkOptions, 'endpoint' | 'profile' | 'method' | 'credentials'> {
  endpoint?: string;
  profile?: string;
  method?: string;
  /** A JSON file `{ "user", "password", "scheme" }` or `{ "token" }` readable by its owner only; wins over the environment. */
  authFile?: string;
  /** Where LODSCRIBE_STORE_* are read (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** `json`: newline-delimited JSON progress events on stderr; `text` (default): a progress bar when stderr is a terminal. */
  logFormat?: LogFormat;
}

const KEPT = {
  previous: "the store's graph was left as it was",
  unknown: "the store's graph holds either its previous or its new content, never a mix; run publish again",
  partial: "the graph was new and may now hold part of its content; run publish again (it replaces the graph)",
} as const;

const HOW: Readonly<Record<WriteMethod, string>> = { gsp: 'Graph Store PUT', 'gsp-staged': 'Graph Store POSTs, staged + MOVE', update: 'Update, staged + MOVE', load: 'LOAD of a file' };

const n = (x: number): string => x.toLocaleString('en-US');

function graphLine(g: GraphReport): string {
  const triples = `${n(g.triples)} triple${g.triples === 1 ? '' : 's'}`;
  if (g.action === 'compared') {
    const diff = g.state === 'changed' && g.diff ? `, +${n(g.diff.added)} −${n(g.diff.removed)}` : '';
    return `${(g.state ?? '').padEnd(10)} <${g.graph}>  ${triples}${diff}`;
  }
  if (g.action === 'failed') return `${'failed'.padEnd(10)} <${g.graph}>  ${triples}: ${g.reason ?? ''}; ${KEPT[g.kept ?? 'unknown']}`;
  return `${g.action.padEnd(10)} <${g.graph}>  ${triples}${g.method ? ` (${HOW[g.method]})` : ''}`;
}

function summaryLine(r: PublishResult): string {
  const where = `${r.urls.query.origin}${r.urls.query.pathname} (${r.profile})`;
  const secs = (r.ms / 1000).toFixed(1);
  if (r.dryRun) {
    const by = (s: string): number => r.graphs.filter((g) => g.state === s).length;
    return `dry run against ${where}: ${r.graphs.length} graph(s) — ${by('new')} new, ${by('changed')} changed, ${by('unchanged')} unchanged, ${r.failed} failed; nothing written (${secs} s)`;
  }
  const rate = r.ms > 0 ? `, ${n(Math.round((r.triplesWritten * 1000) / r.ms))} triples/s` : '';
  return `published to ${where}: ${r.graphs.length} graph(s) — ${r.written} written, ${r.unchanged} unchanged, ${r.failed} failed; ${n(r.triplesWritten)} triples in ${secs} s${rate}; ${r.requests} request(s)`;
}

function render(r: PublishResult, file: string): Rendered {
  const lines = r.graphs.map(graphLine);
  if (r.defaultGraphTriples > 0) lines.push(`note: ${n(r.defaultGraphTriples)} triple(s) in the default graph were not published (only named graphs are)`);
  if (r.graphs.length === 0) lines.push('note: the dataset holds no named graph');
  if (r.loadFailure !== undefined) lines.push(`note: a LOAD of a file failed (${r.loadFailure}); its graphs and the rest were written the usual way`);
  lines.push(summaryLine(r));
  const errors = r.graphs.filter((g) => g.action === 'failed').map((g) => `<${g.graph}>: publish: error ${g.reason ?? ''}; ${KEPT[g.kept ?? 'unknown']}`);
  if (r.datasetError !== undefined) errors.push(`${file}: publish: error ${r.datasetError}; nothing was published`);
  const failedRecords = r.failed + (r.datasetError !== undefined ? 1 : 0);
  return { stdout: lines.join('\n'), stderr: errors.join('\n'), outcome: { kind: 'done', failedRecords, violations: 0 } };
}

/** --load-dir as an absolute path (the store reads the files by it); it must be an existing folder. */
function loadFolder(dir: string): string {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new PublishUsageError(`--load-dir ${dir} is not a folder`);
  return abs;
}

function credentialsFor(opts: PublishCommandOptions): Credentials {
  return opts.authFile ? readAuthFile(opts.authFile) : credentialsFromEnv(opts.env ?? process.env);
}

function failure(e: unknown, outDir: string): Rendered {
  const done = (message: string, outcome: Outcome): Rendered => ({ stdout: '', stderr: message, outcome });
  if (e instanceof PublishUsageError || e instanceof AuthConfigError) return done(`lodscribe publish: ${e.message}`, { kind: 'usage', message: e.message });
  if (e instanceof DatasetError) return done(`${join(outDir, 'dataset.nq')}: publish: error ${e.message}`, { kind: 'done', failedRecords: 1, violations: 0 });
  return done(`lodscribe publish: crash: ${(e as Error).stack ?? String(e)}`, { kind: 'crash', error: e });
}

/** Publishes `<outDir>/dataset.nq`, with progress on `progress`; every line it writes or returns has the credentials' secrets removed. */
export async function publishCommand(outDir: string, opts: PublishCommandOptions, progress: ProgressStream = process.stderr): Promise<Rendered> {
  let secrets: string[] = [];
  let result: Rendered;
  try {
    const credentials = credentialsFor(opts);
    secrets = secretsOf(credentials);
    const file = join(outDir, 'dataset.nq');
    if (!existsSync(file)) {
      result = { stdout: '', stderr: `${file}: publish: error no dataset: run \`lodscribe run --out ${outDir}\` first`, outcome: { kind: 'done', failedRecords: 1, violations: 0 } };
    } else {
      const { endpoint = '', profile, method, authFile: _file, env: _env, loadDir, logFormat = 'text', ...rest } = opts;
      const load = loadDir === undefined ? {} : { loadDir: loadFolder(loadDir) };
      const reporter = publishReporter(logFormat, progress, (text) => redact(text, secrets));
      const hooks = reporter ? { onStart: reporter.onStart, onGraph: reporter.onGraph } : {};
      const published = await publishDataset(outDir, { ...rest, ...hooks, ...load, endpoint, profile: profile as ProfileName, method: method as WriteMethod, credentials });
      reporter?.end(published);
      result = render(published, file);
    }
  } catch (e) {
    result = failure(e, outDir);
  }
  return { ...result, stdout: redact(result.stdout, secrets), stderr: redact(result.stderr, secrets) };
}
