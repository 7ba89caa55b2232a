// Item 1: every bad-input fixture through the real CLI: no crash, one documented line per failure, findings as worked out.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import type { Rendered } from '../../src/commands/parse.js';
import { exitCode } from '../../src/exit.js';
import type { RecordOutcome } from '../../src/run/corpus.js';
import { BAD, FINDING_LINE, NOT_PUBLISHED_LINE, runCli, tempDir } from './helpers.js';

const EXPECTED = JSON.parse(readFileSync(`${BAD}expected.json`, 'utf8')) as Record<string, { codes: string[]; published: boolean }>;
const PAGES = readdirSync(BAD).filter((f) => f.endsWith('.txt')).sort();
const SINGLE = PAGES.filter((f) => !f.startsWith('dup-')).map((f) => join(BAD, f));
const stem = (f: string) => f.replace(/^.*\//, '').replace(/\.txt$/, '');

/** Checks that stderr holds only failure lines and that each record left out is named with a stage and a cause. */
function assertFailureLines(stderr: string): { named: Set<string>; left: Set<string> } {
  const lines = stderr.split('\n').filter((l) => l !== '');
  const odd = lines.filter((l) => !FINDING_LINE.test(l) && !NOT_PUBLISHED_LINE.test(l));
  expect(odd, 'lines on stderr that are not failure lines').toEqual([]);
  const named = new Set(lines.flatMap((l) => FINDING_LINE.exec(l)?.groups?.['record'] ?? []));
  const left = new Set(lines.flatMap((l) => NOT_PUBLISHED_LINE.exec(l)?.groups?.['record'] ?? []));
  for (const id of left) expect(named.has(id), `${id} is left out without a line naming its stage and cause`).toBe(true);
  return { named, left };
}

describe('the hand-made bad-input fixtures, run as `lodscribe run` runs them', () => {
  let rendered: Rendered;
  const outcomes = new Map<string, RecordOutcome>();
  let out = '';
  beforeAll(async () => {
    out = join(tempDir('bad'), 'out');
    const onRecord = (o: RecordOutcome) => void outcomes.set(stem(o.file), o);
    rendered = await runCommand({ inputs: SINGLE, out, jobs: 2, fresh: true, onRecord }, { write: () => true, isTTY: false });
  }, 180_000);

  it('are at least 60 pages, each worked out by hand or checked for a clean outcome', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(60);
    for (const name of Object.keys(EXPECTED)) expect(PAGES, name).toContain(`${name}.txt`);
  });

  it('never crash: the run exits 1 (some records are left out) and says why on one line per problem', () => {
    expect(exitCode(rendered.outcome), rendered.stderr.slice(0, 2000)).toBe(1);
    const { left } = assertFailureLines(rendered.stderr);
    const failing = Object.entries(EXPECTED).filter(([, e]) => !e.published).map(([n]) => n);
    expect([...left].sort()).toEqual(failing.sort());
  });

  it.each(Object.entries(EXPECTED))('%s gives the findings worked out by hand', (name, expected) => {
    const outcome = outcomes.get(name);
    expect(outcome, name).toBeDefined();
    expect(outcome!.published, `${name}: ${outcome!.findings.map((f) => f.code).join(', ')}`).toBe(expected.published);
    expect(outcome!.findings.map((f) => f.code)).toEqual(expect.arrayContaining(expected.codes));
  });

  it('publishes every other page: its Turtle, JSON-LD and report are in the output', () => {
    const records = readdirSync(join(out, 'records'));
    expect(readdirSync(join(out, 'reports'))).toHaveLength(SINGLE.length + 1);
    expect(records).toHaveLength(2 * (SINGLE.length - Object.values(EXPECTED).filter((e) => !e.published).length));
    for (const f of records) expect(f).toMatch(/^[a-z0-9_][a-z0-9._-]*\.(ttl|jsonld)$/);
  });

  it('writes nothing outside the output folder (no record id escapes it)', () => {
    expect(existsSync(join(out, '..', 'etc'))).toBe(false);
    expect(existsSync(join(out, '..', '..', 'tmp', 'evil'))).toBe(false);
    expect(readdirSync(join(out, '..')).filter((e) => e !== 'out' && e !== '.lodscribe-cache')).toEqual([]);
  });
});

describe('two pages that claim one record id', () => {
  it('do not crash the run: it exits 1 naming the id, the write stage and the cause', async () => {
    const out = join(tempDir('dup'), 'out');
    const run = await runCli(['run', join(BAD, 'dup-a.txt'), join(BAD, 'dup-b.txt'), '--out', out, '--jobs', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^dup-id: (write|map|ingest|read): error duplicate-record-id: .+$/m);
    assertFailureLines(run.stderr);
  }, 60_000);
});

describe('generated huge pages (written at test time, never committed)', () => {
  it('one 5 MB line and 100,000 turns: processed, or refused with one line, never a crash', async () => {
    const dir = tempDir('huge');
    const prose = Array.from({ length: 262_144 }, (_, i) => `word${i % 97} and the plan, `).join('');
    writeFileSync(join(dir, 'one-line-prose.txt'), `March 3, 1951\nRecord of a long talk\nStalin: ${prose}.\nMolotov: Yes.\n`);
    const turns = Array.from({ length: 100_000 }, (_, i) => `${i % 2 ? 'Stalin' : 'Molotov'}: Yes.`).join('\n');
    writeFileSync(join(dir, 'turns-100000.txt'), `March 3, 1951\nRecord of a Conversation between Stalin and Molotov\n${turns}\n`);
    const run = await runCli(['run', dir, '--out', join(dir, 'out'), '--jobs', '2']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.signal).toBeNull();
    expect(run.stderr).not.toMatch(/crash/);
    assertFailureLines(run.stderr);
    expect(run.stderr).toMatch(/^turns-100000: ingest: error too-large: .*over the limit of 5,000/m);
    expect(run.stdout).toMatch(/ok {3}one-line-prose: 2 turns/);
  }, 180_000);
});
