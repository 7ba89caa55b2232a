// Dereferencing over HTTP: 303 See Other by Accept (q-values), ?format, 406, Vary, the documents in each format.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/rdf/namespaces.js';
import { parseRdf } from '../../src/rdf/parse.js';
import type { ServeHandle } from '../../src/stages/serve.js';
import { BASE, EXAMPLE_ID, get, pipelineOutput, serveForTest } from './helpers.js';

let server: ServeHandle;
let done: () => void;

beforeAll(async () => {
  const out = await pipelineOutput();
  done = out.done;
  server = await serveForTest(out.dir);
}, 120_000);
afterAll(async () => {
  await server?.close();
  done?.();
});

const url = (path: string): string => new URL(path, server.url).href;
const FIREFOX = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('resource IRIs answer 303 See Other to a document in the negotiated format', () => {
  const table: [string | undefined, string][] = [
    [undefined, 'ttl'],
    ['*/*', 'ttl'],
    ['text/turtle', 'ttl'],
    ['application/ld+json', 'jsonld'],
    ['application/n-triples', 'nt'],
    ['text/html', 'html'],
    [FIREFOX, 'html'],
    ['text/html;q=0.4, application/ld+json;q=0.5', 'jsonld'],
    ['text/turtle;q=0.1, application/n-triples;q=0.9, text/html;q=0.5', 'nt'],
    ['application/*;q=0.8, text/turtle;q=0.7', 'jsonld'],
    ['text/*', 'ttl'],
  ];
  it.each(table)('Accept: %s → .%s', async (accept, ext) => {
    const r = await get(url('/person/joseph-stalin'), accept === undefined ? {} : { accept });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`/doc/person/joseph-stalin.${ext}`);
    expect(r.headers.get('vary')).toMatch(/accept/i);
  });

  it('works for records, record parts, record-scoped resources and graphs alike', async () => {
    for (const path of [`/record/${EXAMPLE_ID}`, `/record/${EXAMPLE_ID}/turn/1`, `/graph/record/${EXAMPLE_ID}`, '/dataset', '/group/soviet-union']) {
      const r = await get(url(path), { accept: 'text/turtle' });
      expect([path, r.status, r.headers.get('location')]).toEqual([path, 303, `/doc${path}.ttl`]);
    }
  });

  it('?format= overrides the Accept header; an unknown format is 400', async () => {
    const r = await get(url('/person/joseph-stalin?format=jsonld'), { accept: 'text/html' });
    expect([r.status, r.headers.get('location')]).toEqual([303, '/doc/person/joseph-stalin.jsonld']);
    expect((await get(url('/person/joseph-stalin?format=rdfxml'))).status).toBe(400);
  });

  it('406 when nothing the client accepts is offered, saying what is', async () => {
    for (const accept of ['image/png', 'application/json', 'text/turtle;q=0, */*;q=0.1, application/ld+json;q=0, application/n-triples;q=0, text/html;q=0']) {
      const r = await get(url('/person/joseph-stalin'), { accept });
      expect(r.status).toBe(406);
      expect(r.headers.get('vary')).toMatch(/accept/i);
      expect(await r.text()).toContain('text/turtle');
    }
  });

  it('404 for a path that names nothing', async () => {
    expect((await get(url('/person/nobody'))).status).toBe(404);
    expect((await get(url('/doc/person/nobody.ttl'))).status).toBe(404);
  });
});

describe('documents', () => {
  const types: [string, string][] = [
    ['ttl', 'text/turtle; charset=utf-8'],
    ['nt', 'application/n-triples; charset=utf-8'],
    ['jsonld', 'application/ld+json'],
    ['html', 'text/html; charset=utf-8'],
  ];
  it.each(types)('.%s is served as %s, with nosniff and the CSP', async (ext, type) => {
    const r = await get(url(`/doc/person/joseph-stalin.${ext}`));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(type);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it("an entity's description: its triples, its names' and the records that name it", async () => {
    const quads = parseRdf(await (await get(url('/doc/person/joseph-stalin.ttl'))).text(), 'turtle');
    const has = (s: string, p: string, o: string): boolean => quads.some((q) => q.subject.value === s && q.predicate.value.endsWith(p) && q.object.value === o);
    expect(has(`${BASE}person/joseph-stalin`, 'sameAs', 'http://www.wikidata.org/entity/Q855')).toBe(true);
    expect(has(`${BASE}person/joseph-stalin/name/1`, 'P190_has_symbolic_content', 'Joseph Stalin')).toBe(true);
    expect(quads.some((q) => q.subject.value === `${BASE}record/${EXAMPLE_ID}` && q.object.value === `${BASE}person/joseph-stalin`)).toBe(true);
    const nt = parseRdf(await (await get(url('/doc/person/joseph-stalin.nt'))).text(), 'n-triples');
    expect(nt.length).toBe(quads.length);
    const jsonld = JSON.parse(await (await get(url('/doc/person/joseph-stalin.jsonld'))).text()) as { '@context': string };
    expect(jsonld['@context']).toBe('https://w3id.org/lodscribe/context.jsonld');
  });

  it("a record's description is its whole record graph", async () => {
    const quads = parseRdf(await (await get(url(`/doc/record/${EXAMPLE_ID}.nt`))).text(), 'n-triples');
    expect(quads.filter((q) => q.predicate.equals(schema.position) && q.subject.value.includes('/turn/'))).toHaveLength(66);
    expect(quads.length).toBeGreaterThan(4000);
  });

  it('a document URL without extension negotiates itself, with Content-Location and Vary', async () => {
    const r = await get(url('/doc/person/joseph-stalin'), { accept: 'application/n-triples' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-location')).toBe('/doc/person/joseph-stalin.nt');
    expect(r.headers.get('vary')).toMatch(/accept/i);
    expect((await get(url('/doc/person/joseph-stalin'), { accept: 'image/png' })).status).toBe(406);
    expect((await get(url('/doc/person/joseph-stalin?format=html'))).headers.get('content-type')).toContain('text/html');
  });

  it('answers HEAD without a body, and refuses to be written to', async () => {
    const head = await fetch(url('/doc/person/joseph-stalin.ttl'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const put = await fetch(url('/person/joseph-stalin'), { method: 'PUT', body: '<a:b> <a:c> <a:d> .' });
    expect(put.status).toBe(405);
  });
});
