// writeOutput: the DESIGN.md §6 layout, every file re-read by oxigraph, byte-stable output, atomic replacement.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Quad } from '../../src/rdf/factory.js';
import { jsonLdToQuads } from '../../src/rdf/jsonld.js';
import { toNQuads } from '../../src/rdf/serialize.js';
import { writeOutput, type CorpusGraphs, type RecordGraph, type RecordReport } from '../../src/stages/publish.js';
import { writeFileAtomic, type FileWriter } from '../../src/write/atomic.js';
import { corpusQuads, graph, inlineContext, oxParse, shuffled, triplesText } from './helpers.js';

const quads = corpusQuads();
const records: RecordGraph[] = [{ recordId: 'r1', quads: graph(quads, 'record/r1') }, { recordId: 'r2', quads: graph(quads, 'record/r2') }];
const extra: CorpusGraphs = { entityQuads: graph(quads, 'entities'), descriptionQuads: graph(quads, 'description'), provenanceQuads: graph(quads, 'provenance') };
const REPORT = '@prefix sh: <http://www.w3.org/ns/shacl#> .\n[] a sh:ValidationReport ; sh:conforms true .\n';
const reports: RecordReport[] = [
  { recordId: 'r2', reportTurtle: REPORT, summary: 'r2: conforms' },
  { recordId: 'r1', reportTurtle: REPORT, summary: 'r1: conforms\n' },
];

let dir: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lodscribe-write-'));
  out = join(dir, 'output');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `root`, relative, with its bytes. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(root, path), 'utf8'));
    }
  };
  walk('');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const LAYOUT = [
  'dataset.nq', 'records/r1.jsonld', 'records/r1.ttl', 'records/r2.jsonld', 'records/r2.ttl',
  'reports/r1.ttl', 'reports/r2.ttl', 'reports/summary.txt', 'void.ttl',
];

describe('writeOutput', () => {
  it('writes the layout of DESIGN.md §6 and reports what it wrote', async () => {
    const written = await writeOutput(out, records, extra, reports);
    expect(written.files).toEqual(LAYOUT);
    expect([...snapshot(out).keys()]).toEqual(LAYOUT);
    expect(readFileSync(join(out, 'reports/summary.txt'), 'utf8')).toBe('r1: conforms\nr2: conforms\n');
    expect(readFileSync(join(out, 'reports/r1.ttl'), 'utf8')).toBe(REPORT);
  });

  it('writes files that oxigraph reads back to the same graphs', async () => {
    await writeOutput(out, records, extra, reports);
    const read = (p: string) => readFileSync(join(out, p), 'utf8');
    for (const r of records) {
      expect(triplesText(oxParse(read(`records/${r.recordId}.ttl`), 'text/turtle'))).toBe(triplesText(r.quads));
      expect(triplesText(oxParse(inlineContext(read(`records/${r.recordId}.jsonld`)), 'application/ld+json'))).toBe(triplesText(r.quads));
      expect(triplesText(await jsonLdToQuads(read(`records/${r.recordId}.jsonld`)))).toBe(triplesText(r.quads));
    }
    expect(toNQuads(oxParse(read('dataset.nq'), 'application/n-quads'))).toBe(toNQuads(quads));
    expect(read('dataset.nq')).toBe(toNQuads(quads));
    expect(triplesText(oxParse(read('void.ttl'), 'text/turtle'))).toBe(triplesText([...extra.descriptionQuads, ...extra.provenanceQuads]));
    expect(oxParse(read('reports/r1.ttl'), 'text/turtle')).toHaveLength(2);
  });

  it('gives byte-identical output across runs and whatever the order of records, quads and reports', async () => {
    await writeOutput(out, records, extra, reports);
    const first = snapshot(out);
    const mixed = shuffled(records).reverse().map((r) => ({ recordId: r.recordId, quads: shuffled(r.quads as Quad[], 5) }));
    const mixedExtra = { entityQuads: shuffled(extra.entityQuads), descriptionQuads: shuffled(extra.descriptionQuads), provenanceQuads: extra.provenanceQuads };
    await writeOutput(out, mixed, mixedExtra, [...reports].reverse());
    expect(snapshot(out)).toEqual(first);
  });

  it('names files after record ids only, made safe', async () => {
    const odd = [{ recordId: '../../etc/Passwd', quads: records[0]?.quads ?? [] }, { recordId: 'CON', quads: [] }];
    const written = await writeOutput(out, odd, extra, []);
    expect(written.files.filter((f) => f.startsWith('records/'))).toEqual([
      expect.stringMatching(/^records\/con-[0-9a-f]{12}\.jsonld$/), expect.stringMatching(/^records\/con-[0-9a-f]{12}\.ttl$/),
      expect.stringMatching(/^records\/etc-passwd-[0-9a-f]{12}\.jsonld$/), expect.stringMatching(/^records\/etc-passwd-[0-9a-f]{12}\.ttl$/),
    ]);
    expect(readdirSync(dir)).toEqual(['output']);
  });

  it('refuses a record id given twice', async () => {
    await expect(writeOutput(out, [records[0] as RecordGraph, records[0] as RecordGraph], extra, [])).rejects.toThrow(/comes twice/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('atomic replacement', () => {
  it('replaces the old output and leaves no temporary folders or files', async () => {
    await writeOutput(out, records, extra, reports);
    await writeOutput(out, [records[1] as RecordGraph], extra, []);
    expect(readdirSync(dir)).toEqual(['output']);
    expect([...snapshot(out).keys()]).toEqual(['dataset.nq', 'records/r2.jsonld', 'records/r2.ttl', 'reports/summary.txt', 'void.ttl']);
    expect([...snapshot(out).keys()].some((f) => f.includes('.tmp'))).toBe(false);
  });

  it.each([0, 2, 4])('keeps the old output intact when the writer fails after %i of 5 files', async (okFiles) => {
    await writeOutput(out, records, extra, reports);
    const before = snapshot(out);
    let n = 0;
    const failing: FileWriter = async (path, data) => {
      if (n++ >= okFiles) throw new Error('disk full (injected)');
      await writeFileAtomic(path, data);
    };
    await expect(writeOutput(out, [records[1] as RecordGraph], extra, [], { writeFile: failing })).rejects.toThrow('disk full (injected)');
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['output']);
  });

  it('leaves nothing behind when the first write fails and there was no output', async () => {
    const failing: FileWriter = () => Promise.reject(new Error('injected'));
    await expect(writeOutput(out, records, extra, reports, { writeFile: failing })).rejects.toThrow('injected');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to replace a folder holding files lodscribe did not write', async () => {
    mkdirSync(out);
    writeFileSync(join(out, 'notes.md'), 'mine');
    await expect(writeOutput(out, records, extra, reports)).rejects.toThrow(/Refusing to replace .*notes\.md/);
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['output']);
  });

  it('writes single files through a temp file that never stays behind', async () => {
    mkdirSync(out);
    const file = join(out, 'void.ttl');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(out)).toEqual(['void.ttl']);
  });
});
