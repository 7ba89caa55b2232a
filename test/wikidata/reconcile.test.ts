// reconcile() end to end against the local server: the dated item wins, namesakes are told apart or reviewed, outages unlink.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { reconcile, type ReconcileQuery, type ReconcileResult } from '../../src/stages/wikidata.js';
import { WikidataCache } from '../../src/wikidata/cache.js';
import { createWikidataClient, type WikidataClientOptions } from '../../src/wikidata/client.js';
import { CONTACT, fakeClock, startFakeWikidata, type FakeWikidata, type Script } from './server.js';

let server: FakeWikidata | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function online(script?: Script, extra: Partial<WikidataClientOptions> = {}) {
  server = await startFakeWikidata(script);
  const clock = fakeClock();
  return createWikidataClient({ api: server.api, contact: CONTACT, sleep: clock.sleep, now: clock.now, seed: 1, ...extra });
}

const q = (name: string, kind: ReconcileQuery['kind'], recordDate?: string, gloss?: string, recordId = 'r1'): ReconcileQuery => ({
  name, kind, recordId, span: { start: 10, end: 10 + name.length }, ...(recordDate ? { recordDate } : {}), ...(gloss ? { gloss } : {}),
});

const summary = (r: ReconcileResult) => (r.status === 'linked' ? `${r.status} ${r.qid}` : r.status);

describe('scoring and decision', () => {
  it('links Tibet in a 1950 record to the historical Tibet, not the Tibet Autonomous Region (1965)', async () => {
    const { results } = await reconcile([q('Tibet', 'place', '1950-01-22')], await online());
    const [r] = results;
    expect(r).toMatchObject({ status: 'linked', qid: 'Q17252', via: 'online' });
    const tar = r?.status === 'linked' ? r.candidates.find((c) => c.id === 'Q17269') : undefined;
    expect(tar?.conflict).toBe('inception 1965, after the record (1950)');
    expect(r?.status === 'linked' && r.candidates.map((c) => c.id)).toEqual(['Q17252', 'Q17269', 'Q900001']);
  });

  it('without a record date the two Tibets are too close: review', async () => {
    const { results, review } = await reconcile([q('Tibet', 'place')], await online());
    expect(results[0]).toMatchObject({ status: 'review' });
    expect(review).toEqual([{
      name: 'Tibet', record: 'r1', start: 10, end: 15, kind: 'place', decision: '',
      candidates: 'Q17252 Tibet (0.81); Q17269 Tibet Autonomous Region (0.77); Q900001 Tibet (0.28)',
    }]);
  });

  it('tells two Petrenkos apart by date and gloss, and reviews the one that nothing tells apart', async () => {
    const queries = [
      q('Petrenko', 'person', '1935-06-01', 'Soviet diplomat', 'a'),
      q('Petrenko', 'person', '1950-01-22', 'Soviet general', 'b'),
      q('Petrenko', 'person', '1935', undefined, 'c'),
    ];
    const { results, review } = await reconcile(queries, await online());
    expect(results.map(summary)).toEqual(['linked Q900011', 'linked Q900012', 'review']);
    expect(results[1]?.status === 'linked' && results[1].candidates.find((c) => c.id === 'Q900011')?.conflict).toBe(
      'died 1940, before the record (1950)',
    );
    expect(review.map((r) => r.record)).toEqual(['c']);
  });

  it('links an organisation that existed at the record date, and not one founded later', async () => {
    const client = await online();
    const { results } = await reconcile([q('Kharbin Trading Company', 'group', '1930'), q('Kharbin Trading Company', 'group', '1910', undefined, 'r2')], client);
    expect(results.map(summary)).toEqual(['linked Q900031', 'review']);
  });

  it('leaves a name with no match unlinked, and a second ask of the same name comes from the cache', async () => {
    const client = await online();
    const { results } = await reconcile([q('Nobody', 'person', '1950'), q('Zorin', 'person', '1950'), q('Zorin', 'person', '1950', undefined, 'r2')], client);
    expect(results.map((r) => [r.status, r.status === 'linked' ? r.via : r.status === 'unlinked' ? r.reason : ''])).toEqual([
      ['unlinked', 'no Wikidata item matches the name'],
      ['linked', 'online'],
      ['linked', 'cache'],
    ]);
    expect(server?.requests).toHaveLength(3);
  });
});

describe('the review file replayed', () => {
  it('follows decisions without asking Wikidata, and reports an invalid decision', async () => {
    const client = await online();
    const rows = [
      { name: 'Tibet', record: 'r1', start: 0, end: 5, kind: 'place' as const, candidates: 'Q17252 Tibet (0.81)', decision: 'Q17252' },
      { name: 'petrenko', record: 'r1', start: 0, end: 8, kind: 'person' as const, candidates: '', decision: 'none' },
      { name: 'Zorin', record: 'r1', start: 0, end: 5, kind: 'person' as const, candidates: '', decision: 'q900021' },
    ];
    const out = await reconcile([q('Tibet', 'place'), q('Petrenko', 'person'), q('Zorin', 'person', '1950')], client, { review: rows });
    expect(out.results.map(summary)).toEqual(['linked Q17252', 'rejected', 'linked Q900021']);
    expect(out.results[0]).toMatchObject({ via: 'review', score: 1, label: 'Tibet' });
    expect(out.results[2]).toMatchObject({ via: 'online' });
    expect(out.findings.map((f) => [f.code, f.recordId, f.args.decision])).toEqual([['review-invalid-decision', 'r1', 'q900021']]);
    expect(server?.requests.map((r) => new URL(r.url).searchParams.get('search') ?? 'entities')).toEqual(['Zorin', 'entities']);
    expect(out.review).toEqual([rows[0], rows[2], rows[1]]);
  });
});

describe('with the API down the run completes and everything is unlinked', () => {
  const queries = [q('Tibet', 'place', '1950'), q('Petrenko', 'person', '1935'), q('Zorin', 'person', '1950')];

  async function expectAllUnlinked(client: ReturnType<typeof createWikidataClient>) {
    const { results, review } = await reconcile(queries, client);
    expect(results.map((r) => r.status)).toEqual(['unlinked', 'unlinked', 'unlinked']);
    expect(review).toEqual([]);
    return results;
  }

  it('connection refused', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const clock = fakeClock();
    const client = createWikidataClient({ api: `http://127.0.0.1:${port}/w/api.php`, contact: CONTACT, sleep: clock.sleep, now: clock.now, seed: 1 });
    const results = await expectAllUnlinked(client);
    expect(results[0]).toMatchObject({ failure: { kind: 'gave-up', attempts: 5, last: { kind: 'network', message: 'ECONNREFUSED' } } });
    expect(results[1]).toMatchObject({ failure: { kind: 'unavailable' } });
    expect(client.requests).toBe(5);
  });

  it('500 on every request', async () => {
    const results = await expectAllUnlinked(await online(() => ({ status: 500 })));
    expect(results[0]?.status === 'unlinked' && results[0].reason).toBe('gave up after 5 attempt(s): HTTP 500');
    expect(server?.requests).toHaveLength(5);
  });

  it('a server that hangs', async () => {
    const results = await expectAllUnlinked(await online(() => ({ hang: true }), { timeoutMs: 30, maxRetries: 1 }));
    expect(results[0]).toMatchObject({ failure: { kind: 'gave-up', last: { kind: 'timeout' } } });
  });

  it('offline with an empty cache', async () => {
    const client = createWikidataClient({ offline: true, cache: new WikidataCache() });
    const results = await expectAllUnlinked(client);
    expect(results.every((r) => r.status === 'unlinked' && r.reason === 'offline and not in the cache')).toBe(true);
  });
});
