// Shared by the reliability tests: the real CLI as a child process, temporary folders, generated records, line shapes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { tempDir as osTempDir } from '../temp-dir.js';

export const CLI = `${ROOT}dist/cli.js`;
export const BAD = `${ROOT}test/fixtures/bad/`;

export interface CliRun { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number; peakRssKb: number }

/** A fresh temporary folder, removed after the test that made it (after the test file when made outside a test). */
export function tempDir(prefix: string): string {
  return osTempDir(`lodscribe-rel-${prefix}-`);
}

/** Peak resident set size of a running process (VmHWM, kB) from /proc; 0 where there is no /proc. */
function peakRss(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Spawns `node dist/cli.js …args`; `onStart` gets the child (to kill it); the peak RSS is polled from /proc. */
export function runCli(args: string[], onStart?: (child: ChildProcess) => void): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let peakRssKb = 0;
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const poll = setInterval(() => (peakRssKb = Math.max(peakRssKb, peakRss(child.pid))), 50);
  onStart?.(child);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, peakRssKb });
    });
  });
}

/** One failure line: `<record>: <stage>: <severity> <code>[ [start,end)]: <cause>`. */
export const FINDING_LINE = /^(?<record>\S.*?): (?<stage>read|ingest|extract|link|map|validate|write|publish|query): (?<severity>error|warning) (?<code>[a-z0-9-]+)(?: \[\d+,\d+\))?: \S.*$/;
/** The summary line of a record left out of the output. */
export const NOT_PUBLISHED_LINE = /^(?<record>\S+): not published \((?<reason>.+)\); see reports\/\S+\.ttl$/;

const WORDS = ['treaty', 'railway', 'credit', 'port', 'army', 'question', 'agreement', 'delegation', 'plan', 'loan'];
const PEOPLE = [['Stalin', 'Mao Zedong'], ['Molotov', 'Zhou Enlai'], ['Khrushchev', 'Kim Il Sung'], ['Vyshinskii', 'Wang Jiaxiang']];

/** A small, valid record page; `i` varies the speakers, the words and the number of turns. */
export function recordPage(i: number, turns = 6): string {
  const [a, b] = PEOPLE[i % PEOPLE.length]!;
  const day = 1 + (i % 28);
  const lines = Array.from({ length: turns }, (_, t) => `${t % 2 ? b : a}: We discussed the ${WORDS[(i + t) % WORDS.length]} and the ${WORDS[(i * 3 + t) % WORDS.length]} at length, record ${i}.`);
  return [`March ${day}, 1951`, `Record of a Conversation between ${a} and ${b}`, ...lines, 'The meeting took one hour.',
    `Conversation between ${a} and ${b} about the ${WORDS[i % WORDS.length]}.`, 'Source', 'Test corpus.', 'Type', 'Transcript', ''].join('\n');
}

/** Writes `count` generated records into a new folder (`rec-0000.txt`, …) and returns the folder. */
export function writeCorpus(count: number, turns = 6, variant = 0): string {
  const dir = join(tempDir('corpus'), 'records');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `rec-${String(i).padStart(4, '0')}.txt`), recordPage(i + variant, turns));
  return dir;
}

/** Entries beside `out` that belong to it: staging and set-aside folders of a swap (`.<name>.new-…`, `.<name>.old-…`). */
export function leftovers(out: string): string[] {
  const name = out.replace(/^.*\//, '');
  const parent = out.slice(0, out.length - name.length);
  return readdirSync(parent).filter((e) => e.startsWith(`.${name}.`)).sort();
}

/** A deterministic pseudo-random sequence (mulberry32), so failures can be replayed from the seed. */
export { seededRandom as seeded } from '../../src/wikidata/backoff.js';
