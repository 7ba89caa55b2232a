// The store client with a fake fetch: retries and back-off, Retry-After, no blind retry of 401/403, timeouts, resets.
import { describe, expect, it } from 'vitest';
import { StoreClient, StoreError, type ClientOptions } from '../../src/store/client.js';
import { PROFILES } from '../../src/store/profiles.js';

const urls = { query: new URL('http://127.0.0.1:9/sparql'), update: new URL('http://127.0.0.1:9/sparql'), graphStore: new URL('http://127.0.0.1:9/store') };

type Step = number | 'reset' | 'refused' | 'bad port' | 'hang' | { status: number; headers?: Record<string, string>; body?: string };

/** A fetch that plays `steps` in order (the last one repeats) and records what it was sent. */
function scripted(steps: Step[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: URL, init: RequestInit) => {
    calls.push({ url: String(url), init });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)] ?? 200;
    if (step === 'reset') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
    if (step === 'bad port') throw Object.assign(new TypeError('fetch failed'), { cause: new Error('bad port') });
    if (step === 'refused') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    if (step === 'hang') {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    const s = typeof step === 'number' ? { status: step } : step;
    return new Response(s.body ?? (s.status === 200 ? '{"results":{"bindings":[{"n":{"value":"7"}}]}}' : 'no'), { status: s.status, headers: s.headers ?? {} });
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

function client(steps: Step[], extra: Partial<ClientOptions> = {}) {
  const { fetchImpl, calls } = scripted(steps);
  const sleeps: number[] = [];
  const c = new StoreClient({ urls, profile: PROFILES.generic, credentials: { kind: 'none' }, fetchImpl, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, backoffBaseMs: 100, ...extra });
  return { c, calls, sleeps };
}

const failureOf = async (p: Promise<unknown>): Promise<StoreError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected a StoreError');
};

describe('StoreClient retries', () => {
  it('retries 500, 503 and 429 with exponential back-off, then succeeds', async () => {
    const { c, calls, sleeps } = client([500, 503, 429, 200]);
    await c.update('DROP SILENT GRAPH <urn:x>');
    expect(calls).toHaveLength(4);
    expect(sleeps).toEqual([75, 150, 300]); // half of 100·2^k plus jitter 0.5 of the other half
  });

  it('waits what Retry-After says', async () => {
    const { c, sleeps } = client([{ status: 429, headers: { 'retry-after': '3' } }, 200]);
    await c.update('DROP SILENT GRAPH <urn:x>');
    expect(sleeps).toEqual([3000]);
  });

  it('gives up after the configured retries with the attempts counted', async () => {
    const { c, calls } = client([503], { retries: 2 });
    const e = await failureOf(c.update('DROP SILENT GRAPH <urn:x>'));
    expect(calls).toHaveLength(3);
    expect(e.attempts).toBe(3);
    expect(e.message).toMatch(/HTTP 503.*after 3 attempts/);
  });

  it('never retries 401 or 403, nor other 4xx', async () => {
    for (const status of [401, 403, 400, 404]) {
      const { c, calls } = client([status, 200]);
      const e = await failureOf(c.update('DROP SILENT GRAPH <urn:x>'));
      expect(calls, `status ${status}`).toHaveLength(1);
      expect(e.ambiguous).toBe(false);
    }
  });

  it('retries connection resets and timeouts, which are ambiguous', async () => {
    const { c, calls } = client(['reset', 'hang', 200], { timeoutMs: 30 });
    await c.update('DROP SILENT GRAPH <urn:x>');
    expect(calls).toHaveLength(3);
    const hung = client(['hang'], { timeoutMs: 20, retries: 1 });
    const e = await failureOf(hung.c.update('DROP SILENT GRAPH <urn:x>'));
    expect(e.ambiguous).toBe(true);
    expect(e.message).toMatch(/no complete answer within 20 ms/);
  });

  it('once a request could not connect on any attempt, sends nothing more and says why', async () => {
    const { c, calls } = client(['refused', 'refused', 'refused', 200], { retries: 2 });
    const first = await failureOf(c.update('DROP SILENT GRAPH <urn:x>'));
    expect(first.message).toBe('connection failed (ECONNREFUSED) (after 3 attempts)');
    const next = await failureOf(c.putGraph('urn:g', ''));
    expect(next.message).toBe('not sent: an earlier request could not connect to the store on any attempt (ECONNREFUSED); is it running?');
    expect(next.ambiguous).toBe(false);
    expect(calls).toHaveLength(3);
  });

  it('does not retry a port fetch itself refuses (6000, …): nothing was sent, and nothing will be', async () => {
    const { c, calls } = client(['bad port', 200]);
    const first = await failureOf(c.putGraph('urn:g', ''));
    expect(first.message).toBe('connection refused by fetch itself: it never connects to this port (one browsers block); give the store another port');
    expect(first.ambiguous).toBe(false);
    expect((await failureOf(c.putGraph('urn:h', ''))).message).toBe('not sent: fetch never connects to this port; give the store another port');
    expect(calls).toHaveLength(1);
  });

  it('goes on after a refused connection that a retry got past, and after resets (a busy store, not a stopped one)', async () => {
    const { c, calls } = client(['refused', 200, 'reset', 'reset', 200], { retries: 1 });
    await c.update('DROP SILENT GRAPH <urn:x>');
    await failureOf(c.update('DROP SILENT GRAPH <urn:y>'));
    await c.update('DROP SILENT GRAPH <urn:z>');
    expect(calls).toHaveLength(5);
  });

  it('sends a request that must not be repeated (MOVE) only once', async () => {
    const { c, calls } = client(['reset', 200]);
    const e = await failureOf(c.update('MOVE GRAPH <urn:a> TO GRAPH <urn:b>', false));
    expect(calls).toHaveLength(1);
    expect(e.ambiguous).toBe(true);
  });

  it('re-asks when an answer cannot be read (a truncated result)', async () => {
    const { c, calls } = client([{ status: 200, body: '{"results":{"bind' }, 200]);
    const n = await c.query('SELECT …', 'application/sparql-results+json', (b) => (JSON.parse(b) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]?.n.value);
    expect(n).toBe('7');
    expect(calls).toHaveLength(2);
  });

  it('reports 413 (and a profile\'s own "too large") as too-large, unretried', async () => {
    const { c, calls } = client([413]);
    expect((await failureOf(c.update('INSERT DATA {}'))).failure.kind).toBe('too-large');
    expect(calls).toHaveLength(1);
    const v = client([{ status: 400, body: 'Virtuoso 37000 Error SP031: SPARQL: Internal error: The length of generated SQL text has exceeded 10000 lines of code' }], { profile: PROFILES.virtuoso });
    expect((await failureOf(v.c.update('INSERT DATA {}'))).failure.kind).toBe('too-large');
  });
});

describe('StoreClient requests', () => {
  it('posts queries form-encoded (never application/sparql-query) and updates per profile', async () => {
    const { c, calls } = client([200]);
    await c.query('ASK {}', 'application/sparql-results+json', (b) => b);
    await c.update('DROP SILENT GRAPH <urn:x>');
    const headers = calls.map((x) => new Headers(x.init.headers).get('content-type'));
    expect(headers).toEqual(['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded']);
    expect(String(calls[0]?.init.body)).toBe('query=ASK+%7B%7D');
    const direct = client([200], { profile: PROFILES.fuseki });
    await direct.c.update('DROP SILENT GRAPH <urn:x>');
    expect(new Headers(direct.calls[0]?.init.headers).get('content-type')).toBe('application/sparql-update');
    expect(direct.calls[0]?.init.body).toBe('DROP SILENT GRAPH <urn:x>');
  });

  it('PUTs a graph to the Graph Store with ?graph= and the profile\'s content type', async () => {
    const { c, calls } = client([201], { profile: PROFILES.virtuoso });
    await c.putGraph('https://w3id.org/lodscribe/graph/record/r 1'.replace(' ', '%20'), '<urn:a> <urn:b> <urn:c> .\n');
    expect(calls[0]?.url).toBe('http://127.0.0.1:9/store?graph=https%3A%2F%2Fw3id.org%2Flodscribe%2Fgraph%2Frecord%2Fr%25201');
    expect(calls[0]?.init.method).toBe('PUT');
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('text/turtle; charset=utf-8');
  });
});
