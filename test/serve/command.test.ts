// `lodscribe serve` refuses bad usage before starting anything: a missing output folder, a folder without data, bad numbers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveCommand, ServeError } from '../../src/commands/serve.js';
import { exitCode } from '../../src/exit.js';
import { TEST_WORKER } from './helpers.js';

async function refusal(dir: string, options: Parameters<typeof serveCommand>[1]): Promise<ServeError> {
  const error = await serveCommand(dir, { print: () => {}, ...options }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ServeError);
  return error as ServeError;
}

describe('serveCommand', () => {
  it('a missing folder or one without dataset.nq is bad usage (exit 2), named in one line', async () => {
    const e = await refusal('no/such/output', {});
    expect(e.rendered.stderr).toBe('no/such/output: serve: error serve-usage: no such output folder (run lodscribe run first)');
    expect(exitCode(e.rendered.outcome)).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'lodscribe-empty-'));
    try {
      expect((await refusal(empty, {})).rendered.stderr).toContain('the folder holds no dataset.nq');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('refuses ports, limits and worker counts that are not whole numbers in range', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lodscribe-empty-'));
    writeFileSync(join(dir, 'dataset.nq'), '');
    try {
      const cases: [Parameters<typeof serveCommand>[1], string][] = [
        [{ port: 'http' }, '--port'],
        [{ port: 70000 }, '--port'],
        [{ timeout: '0' }, '--timeout'],
        [{ maxRows: '-5' }, '--max-rows'],
        [{ workers: '1.5' }, '--workers'],
      ];
      for (const [options, flag] of cases) {
        const e = await refusal(dir, options);
        expect(e.rendered.stderr.startsWith(`${flag}: serve: error serve-usage: expected a whole number`)).toBe(true);
        expect(exitCode(e.rendered.outcome)).toBe(2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a dataset.nq that does not parse stops the start with a message naming the file and the place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lodscribe-broken-'));
    writeFileSync(join(dir, 'dataset.nq'), '<https://w3id.org/lodscribe/a> <https://w3id.org/lodscribe/b> "open .\n');
    try {
      const e = await refusal(dir, { port: 0, worker: TEST_WORKER, workers: 2 });
      const file = join(dir, 'dataset.nq');
      const problem = `${file} cannot be loaded: Parser error between line 1 column 63 and line 2 column 1: Unexpected end of file`;
      expect(e.rendered.stderr).toBe(`${dir}: serve: error serve-failed: a query worker could not load the dataset: ${problem}`);
      expect(exitCode(e.rendered.outcome)).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
