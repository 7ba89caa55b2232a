// The ledger's entries: written as new files (output folders hold hard links to them), reused only when intact.
import { linkSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger, writeEntry } from '../../src/run/ledger.js';
import type { RecordMeta } from '../../src/run/process.js';
import { tempDir } from '../temp-dir.js';

const meta = (summary: string) => ({ summary, sha256: 'x', entityLines: [], entities: [], rights: [] }) as unknown as RecordMeta;
const KEY = 'ab'.repeat(32);

describe('ledger entries', () => {
  it('are read back as written, and an entry written again never changes a hard link to the old file', () => {
    const dir = tempDir('lodscribe-ledger-');
    const ledger = new Ledger(join(dir, 'cache'), 'global', true);
    writeEntry(ledger, KEY, meta('first'), { ttl: 'old turtle', report: 'old report' });
    expect(ledger.lookup(KEY)?.summary).toBe('first');
    const linked = join(dir, 'output.ttl');
    linkSync(ledger.path(KEY, 'ttl'), linked);
    writeEntry(ledger, KEY, meta('second'), { ttl: 'new turtle', report: 'new report' });
    expect(ledger.lookup(KEY)?.summary).toBe('second');
    expect(readFileSync(ledger.path(KEY, 'ttl'), 'utf8')).toBe('new turtle');
    expect(readFileSync(linked, 'utf8')).toBe('old turtle');
  });

  it('are not reused when a file of theirs changed size or the meta was left half-written', () => {
    for (const kind of ['report', 'entities', 'meta'] as const) {
      const ledger = new Ledger(join(tempDir('lodscribe-ledger-'), 'cache'), 'global', true);
      writeEntry(ledger, KEY, { ...meta('one'), entityLines: ['<a:b> <a:c> "d" <a:g> .'] }, { ttl: 'turtle', report: 'report' });
      expect(ledger.lookup(KEY)?.summary).toBe('one');
      truncateSync(ledger.path(KEY, kind), 3);
      expect(ledger.lookup(KEY), kind).toBeNull();
    }
  });

  it("keep a record's entity lines apart from its meta, read back only when asked for", () => {
    const ledger = new Ledger(join(tempDir('lodscribe-ledger-'), 'cache'), 'global', true);
    const lines = ['<a:b> <a:c> "d" <a:g> .', '<a:b> <a:c> "e\\n" <a:g> .'];
    writeEntry(ledger, KEY, { ...meta('one'), entityLines: lines }, { report: 'report' });
    expect(readFileSync(ledger.path(KEY, 'meta'), 'utf8')).not.toContain('a:b');
    expect(ledger.lookup(KEY)).not.toHaveProperty('entityLines');
    expect(ledger.entityLines(KEY)).toEqual(lines);
    writeEntry(ledger, 'cd'.repeat(32), meta('none'), { report: 'report' });
    expect(ledger.entityLines('cd'.repeat(32))).toEqual([]);
  });
});
