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

  it('are not reused when a file of theirs changed size', () => {
    const ledger = new Ledger(join(tempDir('lodscribe-ledger-'), 'cache'), 'global', true);
    writeEntry(ledger, KEY, meta('one'), { ttl: 'turtle', report: 'report' });
    truncateSync(ledger.path(KEY, 'report'), 3);
    expect(ledger.lookup(KEY)).toBeNull();
  });
});
