// The JSON of the example record, as `lodscribe parse --format json` prints it, against the reviewed golden file.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.js';
import { ROOT, SEED } from '../helpers.js';

it('parse --format json of the example record matches the reviewed golden file', () => {
  const golden = readFileSync(`${ROOT}test/golden/000_61cf9e0859bf9235.json`, 'utf8');
  const out = parseCommand(SEED, 'json');
  expect(out.outcome).toEqual({ kind: 'done', failedRecords: 0, violations: 0 });
  expect(`${out.stdout}\n`).toBe(golden);
});
