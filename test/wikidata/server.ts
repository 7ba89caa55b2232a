// A local stand-in for the Wikidata API (node:http on 127.0.0.1): fixture answers, scripted failures, a log of requests.
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOT } from '../helpers.js';

export const WIKIDATA_FIXTURES = `${ROOT}test/fixtures/wikidata/`;
export const CONTACT = 'tests@example.org';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (until the server closes). */
  hang?: boolean;
  /** Send the body in 1 KB chunks without a Content-Length. */
  chunked?: boolean;
}

/** A scripted reply for request number `n` (0-based), or undefined for the fixture answer. */
export type Script = (url: URL, n: number) => Reply | undefined;

export interface FakeWikidata {
  api: string;
  requests: { url: string; userAgent: string | undefined }[];
  /** The most requests the server was answering at the same time. */
  maxInFlight: number;
  close(): Promise<void>;
}

/** Starts the server on a random port; every answer is delayed by `delayMs` so that overlapping requests would show. */
export async function startFakeWikidata(script: Script = () => undefined, delayMs = 5): Promise<FakeWikidata> {
  let inFlight = 0;
  const fake: FakeWikidata = { api: '', requests: [], maxInFlight: 0, close: async () => undefined };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const reply = script(url, fake.requests.length) ?? fixtureAnswer(url);
    fake.requests.push({ url: `${fake.api}${url.search}`, userAgent: req.headers['user-agent'] });
    fake.maxInFlight = Math.max(fake.maxInFlight, ++inFlight);
    if (reply.hang) return;
    setTimeout(() => {
      inFlight--;
      send(res, reply);
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/w/api.php`;
  fake.close = () => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return fake;
}

function send(res: ServerResponse, r: Reply): void {
  const body = Buffer.from(r.body ?? '');
  const headers = { 'content-type': 'application/json; charset=utf-8', ...r.headers };
  if (!r.chunked) {
    res.writeHead(r.status ?? 200, { ...headers, 'content-length': String(body.length) }).end(body);
    return;
  }
  res.writeHead(r.status ?? 200, headers);
  for (let i = 0; i < body.length; i += 1024) res.write(body.subarray(i, i + 1024));
  res.end();
}

/** What the real API would answer, from the fixtures: a search by its slug, entities by id. */
export function fixtureAnswer(url: URL): Reply {
  const p = url.searchParams;
  if (p.get('action') === 'wbsearchentities') {
    const search = p.get('search') ?? '';
    const file = `${WIKIDATA_FIXTURES}search-${search.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`;
    const body = existsSync(file) ? readFileSync(file, 'utf8') : JSON.stringify({ searchinfo: { search }, search: [], success: 1 });
    return { body };
  }
  if (p.get('action') === 'wbgetentities') {
    const all = JSON.parse(readFileSync(`${WIKIDATA_FIXTURES}entities.json`, 'utf8')) as Record<string, unknown>;
    const ids = (p.get('ids') ?? '').split('|');
    const entities = Object.fromEntries(ids.map((id) => [id, all[id] ?? { id, missing: true }]));
    return { body: JSON.stringify({ entities, success: 1 }) };
  }
  return { status: 400, body: JSON.stringify({ error: { code: 'badvalue', info: 'Unrecognized value for parameter "action".' } }) };
}

/** The maxlag error as Wikidata sends it: HTTP 200, Retry-After and X-Database-Lag headers. */
export function maxlagReply(retryAfter = '5'): Reply {
  const body = readFileSync(`${WIKIDATA_FIXTURES}maxlag.json`, 'utf8');
  return { body, headers: { 'retry-after': retryAfter, 'x-database-lag': '6' } };
}

/** A clock that only moves when `sleep` is called, and the waits it was asked for. */
export function fakeClock(start = 1_000_000): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let t = start;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
    waits,
  };
}
