// Item 8: a 50 MB record within 120 s and 1.5 GB; the query deadline within 1 s; SHACL deadlines; recursive shapes refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryCommand } from '../../src/commands/query.js';
import { queryWithin } from '../../src/commands/query-deadline.js';
import { validateCommand } from '../../src/commands/validate.js';
import { exitCode } from '../../src/exit.js';
import { loadShapes, ShapesError, validateRecord, validateRecordFast } from '../../src/stages/validate.js';
import { mapRecord } from '../../src/stages/map.js';
import { ROOT, SEED } from '../helpers.js';
import { seedLinked } from '../map/linked.js';
import { FINDING_LINE, runCli, tempDir } from './helpers.js';

const GB = 1024 * 1024;

describe('a 50 MB record (generated at test time)', () => {
  it('is refused by the real CLI with one line, within 120 s and 1.5 GB', async () => {
    const dir = tempDir('50mb');
    const body = readFileSync(SEED, 'utf8').split('\n').slice(5, 80).join('\n');
    const page = `January 22, 1950\nA very large record\n${body.repeat(Math.ceil((50 * 1024 * 1024) / body.length))}\n`;
    writeFileSync(join(dir, 'fifty-mb.txt'), page);
    const run = await runCli(['run', join(dir, 'fifty-mb.txt'), '--out', join(dir, 'out'), '--jobs', '1']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.ms).toBeLessThan(120_000);
    expect(run.peakRssKb === 0 || run.peakRssKb < 1.5 * GB, `peak RSS ${run.peakRssKb} kB`).toBe(true);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^fifty-mb: read: error too-large: the record is too large to process \(5\d,\d{3},\d{3} bytes, over the limit of 8,388,608\); it is left out$/);
    expect(lines.every((l) => FINDING_LINE.test(l) || l.includes('not published'))).toBe(true);
  }, 150_000);
});

describe('the query deadline (query --timeout)', () => {
  const CROSS = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
  const source = [`${ROOT}output`];

  it('stops a runaway query within 1 s of its limit and says so on one line (exit 1)', async () => {
    let started = 0;
    const r = await queryWithin(CROSS, { source, format: 'csv' }, 1000, 'cross.rq', { onStarted: () => (started = performance.now()) });
    const took = performance.now() - started;
    expect(started).toBeGreaterThan(0);
    expect(took).toBeGreaterThanOrEqual(990);
    expect(took).toBeLessThan(2000);
    expect(r.stderr).toBe('cross.rq: query: error query-timeout: the query did not finish within 1000 ms and was stopped');
    expect(exitCode(r.outcome)).toBe(1);
  }, 60_000);

  it('answers a query that finishes in time as without a deadline, and refuses a bad --timeout (exit 2)', async () => {
    const q = 'SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }';
    const plain = await queryCommand(q, { source, format: 'csv' });
    expect(await queryCommand(q, { source, format: 'csv', timeout: '30000' })).toEqual(plain);
    for (const bad of ['0', '-5', '1.5', 'soon']) expect(exitCode((await queryCommand(q, { source, format: 'csv', timeout: bad })).outcome), bad).toBe(2);
  }, 60_000);
});

describe('SHACL validation per record has a deadline', () => {
  const mapped = mapRecord(seedLinked(), { base: 'https://w3id.org/lodscribe/' });
  const quads = [...mapped.quads, ...mapped.entityQuads];
  const shapes = loadShapes();

  it.each([['validateRecord', validateRecord], ['validateRecordFast (the run\'s)', validateRecordFast]] as const)('%s stops at a 1 ms deadline and reports it as a violation', async (_, validate) => {
    const started = performance.now();
    const outcome = await validate(quads, shapes, { recordId: mapped.recordId, deadlineMs: 1 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(outcome.conforms).toBe(false);
    expect(outcome.results.map((r) => r.constraint)).toContain('DeadlineConstraintComponent');
  });
});

describe('recursive shapes are refused', () => {
  const PREFIXES = '@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <http://example.org/> .\n';
  const shapesDir = (name: string, ttl: string): string => {
    const dir = join(tempDir('shapes'), name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'shapes.ttl'), PREFIXES + ttl);
    return dir;
  };
  const recursive = shapesDir('recursive', 'ex:S a sh:NodeShape ; sh:targetClass ex:Node ; sh:property [ sh:path ex:next ; sh:node ex:S ] .\n');
  const chain = Array.from({ length: 1000 }, (_, i) => `ex:S${i} a sh:NodeShape ; sh:node ex:S${i + 1} .`).join('\n');

  it.each([
    ['a shape reaching itself through sh:node', recursive, /refers to itself/],
    ['a cycle through sh:and and sh:not', shapesDir('cycle', 'ex:A sh:targetClass ex:T ; sh:and ( ex:B ) .\nex:B sh:not ex:A .\n'), /refers to itself/],
    ['a chain of 1,000 nested shapes', shapesDir('deep', `ex:S0 sh:targetClass ex:T .\n${chain}\n`), /nested more than 64 deep/],
  ])('%s, at load time and without a stack overflow', (_, dir, reason) => {
    const started = performance.now();
    expect(() => loadShapes(dir)).toThrow(ShapesError);
    expect(() => loadShapes(dir)).toThrow(reason);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('`lodscribe validate --shapes` and `run --shapes` with them exit 2 with one line, never a crash', async () => {
    const data = join(tempDir('data'), 'chain.ttl');
    writeFileSync(data, PREFIXES + Array.from({ length: 1000 }, (_, i) => `ex:n${i} a ex:Node ; ex:next ex:n${i + 1} .`).join('\n'));
    const validated = validateCommand([data], { shapesDir: recursive });
    expect(exitCode(validated.outcome)).toBe(2);
    expect(validated.stderr).toMatch(/^lodscribe: shapes: .*refers to itself \(recursive shapes are not supported\)$/);
    const run = await runCli(['run', SEED, '--out', join(tempDir('rec-run'), 'out'), '--shapes', recursive, '--jobs', '1']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
