// `lodscribe query --source sparql@…` against `lodscribe serve`: Comunica hands the whole query to the embedded store.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCommand } from '../../src/commands/query.js';
import type { ServeHandle } from '../../src/stages/serve.js';
import { ROOT } from '../helpers.js';
import { exampleOutputCopy, OFFLINE_QUERY_FILES as FILES, serveForTest } from '../serve/helpers.js';

const QUERIES = join(ROOT, 'queries');
let dir = '';
let done = (): void => undefined;
let server: ServeHandle;

beforeAll(async () => {
  ({ dir, done } = exampleOutputCopy('lodscribe-query-endpoint-'));
  server = await serveForTest(dir, { maxRows: 1_000_000 });
}, 120_000);

afterAll(async () => {
  await server?.close();
  done();
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
