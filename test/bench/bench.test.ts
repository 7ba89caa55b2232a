// The benchmark at a tiny size: it runs end to end and reports every figure (no timing is asserted anywhere).
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORITY_FILE, authorityTurtle } from '../../bench/authority.js';
import { generateCorpus } from '../../bench/corpus.js';
import { runBench } from '../../bench/run.js';
import { formatBench } from '../../bench/report.js';
import { parseAuthority } from '../../src/extract/authority.js';
import { parsePath } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

describe('the benchmark corpus', () => {
  it('is the same for the same seed, and its pages parse into transcripts, telegrams and memoranda', () => {
    const a = join(tempDir('lodscribe-corpus-'), 'c');
    const b = join(tempDir('lodscribe-corpus-'), 'c');
    generateCorpus(a, 30, 11);
    generateCorpus(b, 30, 11);
    const files = readdirSync(a).filter((f) => f.endsWith('.txt'));
    for (const f of files) expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
    const records = files.map((f) => parsePath(join(a, f)));
    expect(new Set(records.map((r) => r.type)).size).toBeGreaterThanOrEqual(3);
    for (const r of records) expect(r.turns.length === 0 || (r.turns.length >= 5 && r.turns.length <= 130)).toBe(true);
  });

  it('ships bench/authority.ttl as generated, readable as an authority file with the curated entries', () => {
    expect(readFileSync(AUTHORITY_FILE, 'utf8')).toBe(authorityTurtle());
    const authority = parseAuthority(readFileSync(AUTHORITY_FILE, 'utf8'));
    expect(authority.entries.length).toBeGreaterThan(800);
    expect(authority.entries.some((e) => e.qid === 'Q855')).toBe(true);
  });
});

describe('npm run bench', () => {
  it('runs the CLI end to end on 5 records and reports records/s, stages, memory, baselines and queries', async () => {
    const r = await runBench({ records: 5, jobs: 2, sample: 5 });
    expect(r.records).toBe(5);
    expect(r.triples).toBeGreaterThan(1000);
    for (const k of ['seconds', 'recordsPerSecond', 'peakRssBytes'] as const) expect(r[k]).toBeGreaterThan(0);
    expect(Object.keys(r.stages)).toEqual(expect.arrayContaining(['ingest', 'validate', 'jsonld', 'assemble']));
    expect(r.identicalToSingleWorker).toBe(true);
    expect(r.runs.rerun.cached).toBe(5);
    expect(r.baselines).toMatchObject({ jsonLdByteIdentical: true, shaclSameResults: true });
    expect(r.queries.map((q) => q.name)).toEqual([
      'cq1-participants', 'cq1-participants (one record)', 'cq2-speakers', 'cq2-speakers (one record)', 'cq3-said-about',
      'cq4-mentioned-entities', 'cq4-mentioned-entities (one record)', 'cq5-when', 'cq5-when (one record)', 'cq6-records-mentioning',
      'cq7-mention-location',
    ]);
    expect(r.queryRecord).toMatch(/^https:\/\/w3id\.org\/lodscribe\/record\/\w+$/);
    const one = (name: string) => r.queries.find((q) => q.name === `${name} (one record)`)?.rows;
    // The record with the most speaker turns holds one record of talks (cq5: one row) with speakers (cq2).
    expect(one('cq5-when')).toBe(1);
    expect(one('cq2-speakers')).toBeGreaterThan(0);
    for (const q of r.queries) {
      expect(q.coldMs, q.name).toBeGreaterThan(0);
      expect(q.coldExitMs, q.name).toBeGreaterThanOrEqual(q.coldMs ?? Infinity);
      expect(q.warmMs, q.name).toBeGreaterThan(0);
      expect(q.rows, q.name).toBe(q.oxigraphRows);
      expect(q.note, q.name).toBeUndefined(); // a differing row count with sub-selects first would be noted
    }
    // Oxigraph is also timed as the endpoint runs the queries whose sub-selects it answers first (cq3, cq7), only those.
    const presolved = r.queries.filter((q) => q.oxigraphPresolvedMs !== undefined).map((q) => q.name);
    expect(presolved).toEqual(['cq3-said-about', 'cq7-mention-location']);
    expect(formatBench(r)).toMatch(/cq7-mention-location .* \* \d+\.\d ms, \d+\.\d×/);
  }, 300_000);
});
