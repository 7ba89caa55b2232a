// The endpoint's time limit covers a query's sub-selects answered first and the query itself: one budget, not one each.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoolAnswer, QueryJob, QueryPool } from '../../src/serve/query-pool.js';
import { serveSparql } from '../../src/serve/sparql.js';

const LIMIT_MS = 5000;
const SUBSELECT_MS = 400;

/** What the endpoint asked of the pool: each job's query and the time it was given. */
const asked: { sparql: string; timeoutMs: number; limitMs: number | undefined }[] = [];

/** A pool whose store takes SUBSELECT_MS to answer a sub-select (one solution) and answers the query at once. */
const pool = {
  async run(job: Omit<QueryJob, 'id'>, timeoutMs: number, limitMs?: number): Promise<PoolAnswer> {
    asked.push({ sparql: job.sparql, timeoutMs, limitMs });
    if (asked.length === 1) {
      await new Promise((resolve) => setTimeout(resolve, SUBSELECT_MS));
      return { id: 1, ok: true, body: JSON.stringify({ head: { vars: ['p'] }, results: { bindings: [{ p: { type: 'uri', value: 'http://example.org/p1' } }] } }) };
    }
    return { id: 2, ok: true, body: '{"head":{"vars":["m"]},"results":{"bindings":[]}}' };
  },
} as unknown as QueryPool;

let server: Server;
let url = '';

beforeAll(async () => {
  const options = { pool, guard: { allowServices: [], isLocal: () => true }, timeoutMs: LIMIT_MS, maxRows: 100, maxBytes: 1 << 20, maxRequestBytes: 1 << 20 };
  server = createServer((req, res) => void serveSparql(req, res, new URL(req.url ?? '/', 'http://localhost'), options));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the time limit of a query whose sub-select is answered first', () => {
  it('gives the query only what the sub-select left of it, and names the configured limit', async () => {
    const query = 'SELECT ?m WHERE { { SELECT ?p WHERE { VALUES ?n { "x" } ?p <http://example.org/name> ?n } } ?m <http://example.org/body> ?p }';
    const r = await fetch(`${url}?query=${encodeURIComponent(query)}`);
    expect(r.status).toBe(200);
    expect(asked).toHaveLength(2);
    const [sub, main] = asked;
    expect(sub!.sparql).toContain('LIMIT 10001');
    expect(main!.sparql).toContain('<http://example.org/p1>');
    expect(sub!.timeoutMs).toBeLessThanOrEqual(LIMIT_MS);
    expect(main!.timeoutMs).toBeLessThanOrEqual(LIMIT_MS - SUBSELECT_MS);
    expect(main!.timeoutMs).toBeGreaterThan(0);
    expect([sub!.limitMs, main!.limitMs]).toEqual([LIMIT_MS, LIMIT_MS]);
  });
});
