// The committed cache of Wikidata answers: request URL → response JSON, loaded at start, written atomically at the end.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `authority/wikidata-cache.json` in the repository, committed so that offline runs reuse earlier online answers. */
export const DEFAULT_CACHE_FILE = fileURLToPath(new URL('../../authority/wikidata-cache.json', import.meta.url));

export class WikidataCache {
  private readonly entries: Map<string, unknown>;
  private changed = false;

  /**
   * @param file where `save()` writes by default.
   * @param problem why the file could not be loaded; such a cache is never saved over the file, so nothing is lost.
   */
  constructor(entries: Record<string, unknown> = {}, readonly file?: string, readonly problem?: string) {
    this.entries = new Map(Object.entries(entries));
  }

  /** The cache in `file`; a missing file is an empty cache, an unreadable one an empty cache with a `problem`. */
  static load(file: string = DEFAULT_CACHE_FILE): WikidataCache {
    if (!existsSync(file)) return new WikidataCache({}, file);
    try {
      const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('not a JSON object');
      return new WikidataCache(json as Record<string, unknown>, file);
    } catch (e) {
      return new WikidataCache({}, file, `${file}: ${(e as Error).message}`);
    }
  }

  get(url: string): unknown {
    return this.entries.get(url);
  }

  has(url: string): boolean {
    return this.entries.has(url);
  }

  set(url: string, json: unknown): void {
    this.entries.set(url, json);
    this.changed = true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** True when answers were added since loading. */
  get dirty(): boolean {
    return this.changed;
  }

  /** The file's text: one entry per line, keys sorted, so that diffs show the answers that changed. */
  serialize(): string {
    const keys = [...this.entries.keys()].sort();
    const lines = keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(this.entries.get(k))}`);
    return lines.length ? `{\n${lines.join(',\n')}\n}\n` : '{}\n';
  }

  /** Writes the cache (temp file, then rename) when it changed; refuses to overwrite a file it could not load. */
  save(file: string | undefined = this.file): { saved: boolean; reason?: string } {
    if (!file) return { saved: false, reason: 'no cache file' };
    if (this.problem && file === this.file) return { saved: false, reason: `not overwriting ${this.problem}` };
    if (!this.changed && existsSync(file)) return { saved: false, reason: 'unchanged' };
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temp, this.serialize());
      renameSync(temp, file);
    } catch (e) {
      return { saved: false, reason: `${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
    this.changed = false;
    return { saved: true };
  }
}
