// `link --online` end to end against a local stand-in for Wikidata's API: reconcile, cache, review, API down.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkFiles } from '../../src/pipeline.js';
import { tempDir } from '../temp-dir.js';
import { CONTACT, startFakeWikidata, type FakeWikidata } from '../wikidata/server.js';

const dir = tempDir('lodscribe-online-');
const page = (name: string, date: string, body: string) => {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, `${date}\nRecord of Conversation\n${body}\nSummary of the talk.\nRecord ID\n`);
  return file;
};
const zorin = page('zorin', 'January 22, 1950', 'Stalin: We discussed it with comrade Zorin yesterday.');
const petrenko = page('petrenko', 'May 5, 1935', 'Stalin: Ask comrade Petrenko about it.');
const base = 'https://example.org/lod/';
let fake: FakeWikidata | undefined;
afterEach(async () => fake?.close());

const entity = (r: Awaited<ReturnType<typeof linkFiles>>, text: string) => {
  const rec = r.records[0]!;
  const m = rec.mentions.find((x) => x.text === text)!;
  return rec.entities.get(m.entity)!;
};

describe('link --online', () => {
  it('reconciles a name the authority lacks, politely, and a second run answers from the cache', async () => {
    fake = await startFakeWikidata();
    const cache = join(dir, 'cache.json');
    const online = await linkFiles([zorin], { base, online: true, contact: CONTACT, api: fake.api, cache, review: join(dir, 'r1.csv') });
    expect(entity(online, 'Zorin')).toMatchObject({ key: 'person/nikolai-zorin', qid: 'Q900021', scope: 'global', via: 'online' });
    expect(fake.requests.map((r) => new URL(r.url).searchParams.get('action'))).toEqual(['wbsearchentities', 'wbgetentities']);
    for (const r of fake.requests) {
      expect(r.userAgent).toBe(`lodscribe/0.1.0 (${CONTACT})`);
      expect(new URL(r.url).searchParams.get('maxlag')).toBe('5');
    }
    const again = await linkFiles([zorin], { base, api: fake.api, cache, review: join(dir, 'r1.csv') });
    expect(fake.requests).toHaveLength(2);
    expect(entity(again, 'Zorin')).toMatchObject({ qid: 'Q900021', via: 'cache' });
  });

  it('sends an uncertain name to the review file, and replays the decision a person writes there', async () => {
    fake = await startFakeWikidata();
    const [cache, review] = [join(dir, 'cache2.json'), join(dir, 'review.csv')];
    const first = await linkFiles([petrenko], { base, online: true, contact: CONTACT, api: fake.api, cache, review });
    expect(entity(first, 'Petrenko')).toMatchObject({ scope: 'record', qid: null });
    const csv = readFileSync(review, 'utf8');
    expect(csv.split('\n')[0]).toBe('name,record,start,end,kind,candidates,decision');
    expect(csv).toMatch(/^Petrenko,petrenko,\d+,\d+,person,"?Q9000\d\d .*,$/m);
    writeFileSync(review, csv.replace(/,\n/, ',Q900011\n'));
    const decided = await linkFiles([petrenko], { base, api: fake.api, cache, review });
    expect(entity(decided, 'Petrenko')).toMatchObject({ qid: 'Q900011', via: 'review', scope: 'global' });
  });

  it('completes with the API down, leaving the names unlinked', async () => {
    fake = await startFakeWikidata(() => ({ status: 503, headers: { 'retry-after': '0' }, body: 'down' }), 0);
    const r = await linkFiles([zorin], { base, online: true, contact: CONTACT, api: fake.api, cache: join(dir, 'cache3.json'), review: join(dir, 'r3.csv') });
    expect(entity(r, 'Zorin')).toMatchObject({ scope: 'record', qid: null, via: 'unlinked' });
    expect(entity(r, 'Stalin')).toMatchObject({ qid: 'Q855' });
  });
});
