// Item 5: the no-network guard refuses and records; JSON-LD contexts are never fetched (a loopback canary counts requests).
import { spawnSync } from 'node:child_process';
import dns from 'node:dns';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCommand } from '../../src/commands/query.js';
import { runPipeline } from '../../src/pipeline.js';
import { jsonLdToQuads } from '../../src/rdf/jsonld.js';
import { isLoopback, takeAttempts } from '../setup/no-network.js';
import { tempDir } from './helpers.js';

const requests: string[] = [];
let server: Server;
let base = '';
const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const ctx = { '@context': { name: 'http://schema.org/name' } };
    const doc = { '@context': `${base}/ctx.jsonld`, '@id': 'http://ex.org/a', name: 'x' };
    const body = req.url === '/ctx.jsonld' ? ctx : doc;
    res.writeHead(200, { 'content-type': 'application/ld+json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('the no-network guard (test/setup/no-network.ts)', () => {
  it('knows loopback from the rest', () => {
    for (const h of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', 'localhost', 'api.localhost', '::ffff:127.0.0.1', undefined]) expect(isLoopback(h), String(h)).toBe(true);
    for (const h of ['192.0.2.1', '10.0.0.1', '::ffff:192.0.2.1', 'example.org', 'query.wikidata.org', '0.0.0.0', '2001:db8::1']) expect(isLoopback(h), h).toBe(false);
  });

  it('refuses and records a socket, a lookup and a fetch off loopback', async () => {
    takeAttempts();
    const socket = net.connect(80, '192.0.2.1');
    await expect(new Promise((_, reject) => socket.on('error', reject))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(dns.promises.lookup('example.org')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(new Promise((done, fail) => dns.lookup('example.com', (e) => (e ? fail(e) : done(null))))).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(fetch('http://192.0.2.1:8080/x')).rejects.toThrow();
    expect(takeAttempts()).toEqual(['connect 192.0.2.1:80', 'lookup example.org', 'lookup example.com', 'connect 192.0.2.1:8080']);
  });

  it('is in every process the tests spawn: the attempt is refused there and recorded here', () => {
    takeAttempts();
    const script = "require('node:net').connect(80, '192.0.2.1').on('error', (e) => process.stdout.write(e.code))";
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.stdout).toBe('ECONNREFUSED');
    expect(takeAttempts()).toEqual([`(spawned process ${child.pid} connect 192.0.2.1:80)`]);
  });

  it('lets loopback through (the canary answers)', async () => {
    expect((await fetch(`${base}/ping`)).status).toBe(200);
    expect(takeAttempts()).toEqual([]);
  });
});

describe('JSON-LD contexts are never fetched (canary on 127.0.0.1)', () => {
  const contexts = (url: string): unknown[] => [
    { '@context': url, '@id': 'http://ex.org/a', name: 'x' },
    { '@context': [{ '@vocab': 'http://ex.org/' }, url], '@id': 'http://ex.org/a', name: 'x' },
    { '@context': { '@import': url }, '@id': 'http://ex.org/a' },
    { '@context': { knows: { '@id': 'http://ex.org/knows', '@context': url } }, '@id': 'http://ex.org/a', knows: { name: 'x' } },
    { '@context': { Person: { '@id': 'http://ex.org/Person', '@context': url } }, '@id': 'http://ex.org/a', '@type': 'Person', name: 'x' },
    { '@graph': [{ '@context': url, '@id': 'http://ex.org/b' }] },
  ];

  it('refuses every remote context of a document, wherever it stands, without a request', async () => {
    requests.length = 0;
    for (const doc of contexts(`${base}/ctx.jsonld`)) {
      await expect(jsonLdToQuads(JSON.stringify(doc)), JSON.stringify(doc)).rejects.toThrow();
    }
    expect(requests).toEqual([]);
  });

  it('query --source: a local JSON-LD file naming the canary context is refused, no request made', async () => {
    requests.length = 0;
    const file = join(tempDir('canary'), 'doc.jsonld');
    writeFileSync(file, JSON.stringify(contexts(`${base}/ctx.jsonld`)[0]));
    const r = await queryCommand(COUNT, { source: [file], format: 'csv' });
    expect(r.stderr).toMatch(/query-source: cannot be read as json-ld: Refusing to load/);
    expect(requests).toEqual([]);
  });

  it('query --source: a JSON-LD document fetched from a URL the user named has its remote context refused', async () => {
    requests.length = 0;
    const r = await queryCommand(COUNT, { source: [`${base}/doc.jsonld`], format: 'csv' });
    expect(r.outcome.kind === 'done' && r.outcome.failedRecords === 1, r.stderr + r.stdout).toBe(true);
    expect(requests.filter((u) => u.startsWith('/ctx')), 'requests for the context').toEqual([]);
    expect(requests.every((u) => u === '/doc.jsonld')).toBe(true);
  }, 60_000);
});

describe('URLs inside records are data, never fetched (canary on 127.0.0.1)', () => {
  it('a page and its sidecar full of canary URLs go through the whole run without one request', async () => {
    requests.length = 0;
    const dir = tempDir('canary-record');
    const page = ['January 22, 1950', 'Record of a Conversation between Stalin and Mao Zedong',
      `Stalin: See ${base}/in-text and <${base}/in-brackets>.`, `Mao Zedong: [See ${base}/in-a-note] Agreed.`,
      'Source', `${base}/source`, 'URL', `${base}/url`, 'Type', 'Transcript', ''].join('\n');
    writeFileSync(join(dir, 'canary.txt'), page);
    writeFileSync(join(dir, 'canary.json'), JSON.stringify({ url: `${base}/sidecar`, source: `${base}/sidecar-source`, '@context': `${base}/ctx.jsonld` }));
    const result = await runPipeline({ inputs: [dir], out: join(dir, 'out'), cacheDir: join(dir, 'cache') });
    expect(result.records).toHaveLength(1);
    expect(requests).toEqual([]);
  }, 60_000);
});
