// `lodscribe query` over files: read as a stream, and a file too large for the process's memory refused at once.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tooLargeToLoad } from '../../src/stages/query.js';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

/** An output folder whose dataset.nq holds `n` quads of about 1.3 KB each (long texts: a large file quickly parsed). */
function outputOf(n: number): string {
  const dir = tempDir('lodscribe-large-');
  const text = 'words '.repeat(200);
  const line = (i: number) => `<https://w3id.org/lodscribe/record/r${i}> <https://w3id.org/lodscribe/ns#n> "${text}${i}" <https://w3id.org/lodscribe/graph/record/r${i % 100}> .\n`;
  writeFileSync(join(dir, 'dataset.nq'), Array.from({ length: n }, (_, i) => line(i)).join(''));
  return dir;
}

/** The value on the file's last line: it was read to the end. */
const LAST = 'SELECT (STRLEN(?v) AS ?length) WHERE { GRAPH ?g { <https://w3id.org/lodscribe/record/r39999> <https://w3id.org/lodscribe/ns#n> ?v } }';
const query = (dir: string, heapMb: number) =>
  spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, `${ROOT}dist/cli.js`, 'query', LAST, '--source', dir, '--format', 'tsv'], { encoding: 'utf8', cwd: ROOT });

describe('query over large files', () => {
  it('says how much memory a file needs and what to do instead, when it does not fit', () => {
    expect(tooLargeToLoad(1e9, 4.5e9)).toBeUndefined();
    expect(tooLargeToLoad(2e9, 4.3e9)).toBe('2.0 GB of RDF is too large to query from the file here (it would need about 9.0 GB of memory; 4.3 GB is left '
      + 'to this process): serve it (lodscribe serve <output-dir>) and query with --source sparql@http://127.0.0.1:8080/sparql, '
      + 'publish it to a triple store and query that, or give Node more memory (NODE_OPTIONS=--max-old-space-size=<MB>)');
  });

  it('refuses at once, with exit code 2, a dataset the heap cannot hold, and reads one it can', () => {
    const dir = outputOf(40_000); // 53 MB, said to need 240 MB: more than a heap of 128 MB (170 MB with the young generation)
    const refused = query(dir, 128);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`^${dir}: query: error query-source: \\d+ MB of RDF is too large to query from the file here`));
    const answered = query(dir, 1024);
    expect(answered.stderr).toBe('');
    expect(answered.stdout.trim().split('\n')).toEqual(['?length', '"1205"^^<http://www.w3.org/2001/XMLSchema#integer>']);
  });
});
