// The polite client against a local server: User-Agent, maxlag, one request in flight, spacing, back-off, caps, cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffMs, seededRandom } from '../../src/wikidata/backoff.js';
import { WikidataCache } from '../../src/wikidata/cache.js';
import { createWikidataClient, WikidataUsageError, type WikidataClientOptions } from '../../src/wikidata/client.js';
import { entitiesUrl, searchUrl } from '../../src/wikidata/urls.js';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp-dir.js';
import { CONTACT, fakeClock, maxlagReply, startFakeWikidata, type FakeWikidata, type Script } from './server.js';

const VERSION = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version;
let server: FakeWikidata | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(script?: Script, extra: Partial<WikidataClientOptions> = {}) {
  server = await startFakeWikidata(script);
  const clock = fakeClock();
  const client = createWikidataClient({ api: server.api, contact: CONTACT, sleep: clock.sleep, now: clock.now, seed: 7, ...extra });
  return { server, clock, client, url: (search: string) => searchUrl(server!.api, { search, limit: 5 }) };
}

describe('requests', () => {
  it('sends the User-Agent with the version and contact, and maxlag=5 in every URL', async () => {
    const { server, client, url } = await setup();
    await client.get(url('Tibet'));
    await client.get(entitiesUrl(server.api, ['Q17252', 'Q17269']));
    expect(server.requests).toHaveLength(2);
    for (const r of server.requests) {
      expect(r.userAgent).toBe(`lodscribe/${VERSION} (${CONTACT})`);
      expect(new URL(r.url).searchParams.get('maxlag')).toBe('5');
    }
  });

  it('keeps one request in flight, spaced by the minimum interval', async () => {
    const { server, clock, client, url } = await setup();
    const answers = await Promise.all(['Tibet', 'Zorin', 'Petrenko', 'Nobody'].map((s) => client.get(url(s))));
    expect(answers.every((a) => a.ok && a.from === 'online')).toBe(true);
    expect(server.requests).toHaveLength(4);
    expect(server.maxInFlight).toBe(1);
    expect(clock.waits).toEqual([100, 100, 100]);
  });

  it('asks once for a URL asked twice at the same time', async () => {
    const { server, client, url } = await setup();
    const [a, b] = await Promise.all([client.get(url('Tibet')), client.get(url('Tibet'))]);
    expect(server.requests).toHaveLength(1);
    expect(a).toMatchObject({ ok: true, from: 'online' });
    expect(b).toMatchObject({ ok: true, from: 'cache' });
  });
});

describe('back-off', () => {
  it('honours Retry-After on a maxlag error, then succeeds', async () => {
    const { server, clock, client, url } = await setup((_, n) => (n === 0 ? maxlagReply('5') : undefined));
    const answer = await client.get(url('Tibet'));
    expect(answer.ok).toBe(true);
    expect(server.requests).toHaveLength(2);
    expect(clock.waits).toEqual([5000]);
  });

  it('honours Retry-After on 429', async () => {
    const { clock, client, url } = await setup((_, n) => (n < 2 ? { status: 429, headers: { 'retry-after': '2' } } : undefined));
    expect((await client.get(url('Tibet'))).ok).toBe(true);
    expect(clock.waits).toEqual([2000, 2000]);
  });

  it('backs off exponentially with seeded jitter on 503 without Retry-After, and gives up with a typed failure', async () => {
    const { server, clock, client, url } = await setup(() => ({ status: 503 }), { maxRetries: 3 });
    const answer = await client.get(url('Tibet'));
    expect(answer).toEqual({ ok: false, failure: { kind: 'gave-up', url: url('Tibet'), attempts: 4, last: { kind: 'http', status: 503 } } });
    expect(server.requests).toHaveLength(4);
    const random = seededRandom(7);
    expect(clock.waits).toEqual([0, 1, 2].map((n) => backoffMs(n, random)));
    clock.waits.forEach((w, n) => expect(w).toBeGreaterThanOrEqual(500 * 2 ** n));
  });

  it('does not wait for a Retry-After beyond the cap: it gives up', async () => {
    const { server, client, url } = await setup(() => ({ status: 429, headers: { 'retry-after': '3600' } }));
    const answer = await client.get(url('Tibet'));
    expect(answer.ok === false && answer.failure.kind).toBe('gave-up');
    expect(server.requests).toHaveLength(1);
  });

  it('after giving up, counts the API as down and asks no more this run', async () => {
    const { server, client, url } = await setup(() => ({ status: 500 }), { maxRetries: 1 });
    await client.get(url('Tibet'));
    const second = await client.get(url('Zorin'));
    expect(second.ok === false && second.failure.kind).toBe('unavailable');
    expect(server.requests).toHaveLength(2);
  });
});

describe('limits', () => {
  it('times out a request that hangs', async () => {
    const { client, url } = await setup(() => ({ hang: true }), { timeoutMs: 50, maxRetries: 0 });
    const answer = await client.get(url('Tibet'));
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'gave-up', attempts: 1, last: { kind: 'timeout', ms: 50 } } });
  });

  it.each([false, true])('stops reading a body over maxBytes (chunked: %s), without retrying', async (chunked) => {
    const body = JSON.stringify({ search: [], padding: 'x'.repeat(5000) });
    const { server, client, url } = await setup(() => ({ body, chunked }), { maxBytes: 2000 });
    const answer = await client.get(url('Tibet'));
    expect(answer).toEqual({ ok: false, failure: { kind: 'too-large', maxBytes: 2000, url: url('Tibet') } });
    expect(server.requests).toHaveLength(1);
    expect(client.cache.size).toBe(0);
  });

  it('reports a body that is not JSON', async () => {
    const { client, url } = await setup(() => ({ body: '<html>oops</html>' }));
    expect(await client.get(url('Tibet'))).toMatchObject({ ok: false, failure: { kind: 'invalid-json' } });
  });
});

describe('contact and offline mode', () => {
  it('refuses to go online without a contact, with a clear message', () => {
    expect(() => createWikidataClient({})).toThrow(WikidataUsageError);
    expect(() => createWikidataClient({ contact: '  ' })).toThrow(/needs a contact/);
    expect(() => createWikidataClient({ contact: 'me\r\nX-Evil: 1' })).toThrow(WikidataUsageError);
  });

  it('offline needs no contact and never uses the network', async () => {
    const fetchImpl = (() => {
      throw new Error('network used offline');
    }) as typeof fetch;
    const cache = new WikidataCache({ 'http://x/?a': { search: [] } });
    const client = createWikidataClient({ offline: true, cache, fetchImpl });
    expect(await client.get('http://x/?a')).toEqual({ ok: true, json: { search: [] }, from: 'cache' });
    expect(await client.get('http://x/?b')).toEqual({ ok: false, failure: { kind: 'offline', url: 'http://x/?b' } });
    expect(client.requests).toBe(0);
  });
});

describe('the cache', () => {
  it('stores answers trimmed, writes them sorted and atomically, and a second run makes no request', async () => {
    const file = join(tempDir('lodscribe-wd-'), 'cache.json');
    const first = await setup(undefined, { cache: WikidataCache.load(file) });
    const urls = [first.url('Zorin'), first.url('Tibet'), entitiesUrl(first.server.api, ['Q17252'])];
    for (const u of urls) await first.client.get(u);
    expect(first.client.cache.save()).toEqual({ saved: true });
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n').slice(1, 4).map((l) => JSON.parse(`{${l.replace(/,$/, '')}}`) as object).map((o) => Object.keys(o)[0])).toEqual([...urls].sort());
    expect(text).not.toContain('concepturi');

    const again = createWikidataClient({ api: first.server.api, contact: CONTACT, cache: WikidataCache.load(file) });
    for (const u of urls) expect(await again.get(u)).toMatchObject({ ok: true, from: 'cache' });
    expect(first.server.requests).toHaveLength(3);
    expect(again.requests).toBe(0);
  });

  it('loads a corrupt file as empty and refuses to overwrite it', () => {
    const file = join(tempDir('lodscribe-wd-'), 'cache.json');
    new WikidataCache({ a: 1 }).save(file);
    const broken = `${readFileSync(file, 'utf8')}}`;
    writeFileSync(file, broken);
    const cache = WikidataCache.load(file);
    expect(cache.size).toBe(0);
    expect(cache.problem).toMatch(/cache\.json/);
    cache.set('b', 2);
    expect(cache.save().saved).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });
});
