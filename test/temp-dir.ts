// Temporary folders for the tests: each is removed when the test that made it has finished, or after the test file when
// it was made outside a test (while the file loads, or in a beforeAll hook) and so may serve several tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished, TestRunner } from 'vitest';

const remove = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** The folders made outside a test in this test file, removed after it. */
const made: string[] = [];
afterAll(() => made.splice(0).forEach(remove));

/** A fresh folder in the OS temp folder, its name starting with `prefix`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (TestRunner.getCurrentTest()) onTestFinished(() => remove(dir));
  else made.push(dir);
  return dir;
}
