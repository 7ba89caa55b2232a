// `lodscribe query --source sparql@…` against `lodscribe serve`: Comunica hands the whole query to the embedded store.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCommand } from '../../src/commands/query.js';
import type { ServeHandle } from '../../src/stages/serve.js';
import { ROOT } from '../helpers.js';
import { serveForTest } from '../serve/helpers.js';

const QUERIES = join(ROOT, 'queries');
const FILES = readdirSync(QUERIES).filter((f) => f.endsWith('.rq') && !f.startsWith('cq8')).sort();

let dir = '';
let server: ServeHandle;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lodscribe-query-endpoint-'));
  for (const f of ['dataset.nq', 'void.ttl']) copyFileSync(join(ROOT, 'output', f), join(dir, f));
  server = await serveForTest(dir, { maxRows: 1_000_000 });
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('lodscribe query against the endpoint', () => {
  it.each(FILES)('%s prints the same SPARQL JSON and table as over the files', async (file) => {
    const source = `sparql@${server.url}sparql`;
    for (const format of ['json', 'table'] as const) {
      const viaEndpoint = await queryCommand(join(QUERIES, file), { source: [source], format });
      const viaFiles = await queryCommand(join(QUERIES, file), { source: [dir], format });
      expect(viaEndpoint.stderr).toBe('');
      expect(viaEndpoint.stdout).toBe(viaFiles.stdout);
    }
  });
});
