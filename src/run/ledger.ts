// The input-hash ledger: each record's outputs cached under a key of everything they depend on, reused when unchanged.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_RECORD_BYTES } from '../ingest/limits.js';
import type { RecordMeta, RecordTexts } from './process.js';

/** Bumped when the layout of cache entries changes. */
const LEDGER_FORMAT = 'lodscribe-ledger-2';
const TEXTS = ['ttl', 'jsonld', 'nq', 'report', 'entities'] as const;
export type TextKind = (typeof TEXTS)[number];
const EXTENSION: Record<TextKind, string> = { ttl: '.ttl', jsonld: '.jsonld', nq: '.nq', report: '.report.ttl', entities: '.entities.nq' };

/**
 * The meta file of an entry. A record's entity lines (most of its meta) have a file of their own, read only when the
 * output is assembled again: an unchanged re-run reads a few hundred bytes per record, not tens of kilobytes.
 */
interface StoredEntry { meta: Omit<RecordMeta, 'entityLines'>; files: Partial<Record<TextKind, { size: number; mtimeMs: number }>> }

/** A cached record's meta; its entity lines are read by `entityLines()` when needed. */
export type CachedMeta = Omit<RecordMeta, 'entityLines'>;

/** Thrown when the cache folder cannot be made or used (a usage problem: the run names another with --cache-dir). */
export class CacheDirError extends Error {
  override readonly name = 'CacheDirError';
}

/** `mkdir -p` that fails with CacheDirError (Node's recursive mkdir can loop forever where mkdir says ENOENT, as under /proc). */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let cur = resolve(dir); !existsSync(cur); cur = dirname(cur)) {
    missing.push(cur);
    if (dirname(cur) === cur) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new CacheDirError(`the cache folder ${dir} cannot be made (${code ?? (e as Error).message}); name another with --cache-dir`);
    }
  }
  if (!statSync(dir).isDirectory()) throw new CacheDirError(`the cache folder ${dir} is not a folder; name another with --cache-dir`);
}

/** The default cache folder of an output folder: `.lodscribe-cache/<name>` beside it. */
export function defaultCacheDir(out: string): string {
  const absolute = resolve(out);
  return join(dirname(absolute), '.lodscribe-cache', basename(absolute));
}

let fingerprint: string | undefined;

/** The folders of lodscribe's code that decide a record's outputs (not the commands, renderers, publishing or serving). */
const RECORD_CODE = ['extract', 'ingest', 'link', 'map', 'rdf', 'run', 'stages', 'validate', 'wikidata', 'write'];

/** A hash of the code that makes a record's outputs, so that a changed program never reuses old outputs. */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = fileURLToPath(new URL('../', import.meta.url));
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(?:js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts')) hash.update(`${path.slice(root.length)}\0`).update(readFileSync(path));
    }
  };
  for (const dir of RECORD_CODE) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const file of ['findings.js', 'findings.ts']) if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** sha256 over the parts, each length-prefixed so that no two part lists collide. */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(`${typeof p === 'string' ? Buffer.byteLength(p) : p.byteLength}:`).update(p);
  return hash.digest('hex');
}

/** The bytes of a file, or an empty marker when it does not exist. */
export function fileBytesOrNone(path: string | undefined): string | Uint8Array {
  return path && existsSync(path) ? readFileSync(path) : '<none>';
}

export class Ledger {
  private readonly used = new Set<string>();

  /** `globalKey` hashes every input shared by all records; `reuse` false redoes every record (entries are still written). */
  constructor(readonly dir: string, private readonly globalKey: string, readonly reuse: boolean) {
    makeDirs(dir);
  }

  /** The key of one record file: the shared inputs, the file's name, its bytes and its sidecar's bytes. */
  keyOf(file: string): string {
    const sidecar = file.replace(/\.txt$/, '.json');
    const info = statSync(file);
    // A file too large to read is refused by ingest; its size and time stand in for its bytes.
    const text = info.size > MAX_RECORD_BYTES ? `too large: ${info.size} bytes, ${info.mtimeMs}` : readFileSync(file);
    return hashParts([LEDGER_FORMAT, this.globalKey, basename(file), text, sidecar === file ? '<none>' : fileBytesOrNone(sidecar)]);
  }

  path(key: string, kind: TextKind | 'meta'): string {
    return join(this.dir, key.slice(0, 2), `${key}${kind === 'meta' ? '.json' : EXTENSION[kind]}`);
  }

  /** The cached meta of `key` when every file of the entry is there, unchanged; else null. */
  lookup(key: string): CachedMeta | null {
    this.used.add(key);
    if (!this.reuse) return null;
    let entry: StoredEntry;
    try {
      entry = JSON.parse(readFileSync(this.path(key, 'meta'), 'utf8')) as StoredEntry;
      for (const [kind, want] of Object.entries(entry.files) as [TextKind, { size: number; mtimeMs: number }][]) {
        const s = statSync(this.path(key, kind));
        if (s.size !== want.size || s.mtimeMs !== want.mtimeMs) return null;
      }
    } catch {
      return null;
    }
    return entry.meta;
  }

  /** The entity lines of an entry `lookup` found (none when the record was not published). */
  entityLines(key: string): string[] {
    const path = this.path(key, 'entities');
    if (!existsSync(path)) return [];
    return readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
  }

  /** Marks `key` as part of this run (kept by `prune`). */
  use(key: string): void {
    this.used.add(key);
  }

  /**
   * Removes every entry this run does not use, a few files at a time without blocking the thread. Every key of the run
   * is known once each record file has been looked up, so this can go on while the records are processed: removing
   * the 60,000 files of a 10,000-record cache took 22 s here (the disk frees their blocks), all of it at the end before.
   */
  async prune(): Promise<void> {
    const stale: string[] = [];
    for (const shard of safeReaddir(this.dir)) {
      const dir = join(this.dir, shard);
      for (const name of safeReaddir(dir)) if (!this.used.has(name.slice(0, 64))) stale.push(join(dir, name));
    }
    let next = 0;
    const remover = async (): Promise<void> => {
      while (next < stale.length) await rm(stale[next++]!, { force: true });
    };
    await Promise.all(Array.from({ length: PRUNING_AT_ONCE }, remover));
  }
}

/** Files `prune` removes at once (each removal waits on the disk, not on the CPU). */
const PRUNING_AT_ONCE = 8;

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Writes a text as a new file and returns its size and time. A name already taken (an entry written again) gets a new
 * file by temp file and rename, never a write into the old one: output folders hold hard links to these files.
 */
function writeNew(path: string, text: string): { size: number; mtimeMs: number } {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  }
  try {
    writeFileSync(fd, text);
    const s = fstatSync(fd);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes one entry: texts first, the meta last, naming their sizes and times; a text left half-written by a crash has
 * no meta or does not match it, and is never reused.
 */
export function writeEntry(ledger: Pick<Ledger, 'path'>, key: string, meta: RecordMeta, texts: RecordTexts): void {
  const shard = dirname(ledger.path(key, 'meta'));
  if (!existsSync(shard)) makeDirs(shard);
  const { entityLines, ...rest } = meta;
  const entry: StoredEntry = { meta: rest, files: {} };
  const all: Partial<Record<TextKind, string>> = { ...texts, ...(entityLines.length > 0 ? { entities: `${entityLines.join('\n')}\n` } : {}) };
  for (const kind of TEXTS) {
    const text = all[kind];
    if (text !== undefined) entry.files[kind] = writeNew(ledger.path(key, kind), text);
  }
  writeNew(ledger.path(key, 'meta'), JSON.stringify(entry)); // half-written, it does not parse: the entry is not used
}
