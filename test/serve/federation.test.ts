// cq8 through the endpoint: SERVICE goes through Comunica over the embedded store, and answers as over the files.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as ox from 'oxigraph';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toSparqlJson } from '../../src/render/sparql-results.js';
import { runQuery } from '../../src/stages/query.js';
import type { ServeHandle } from '../../src/stages/serve.js';
import { ROOT } from '../helpers.js';
import { exampleOutputCopy, serveForTest } from './helpers.js';

const WIKIDATA = `@prefix wd: <http://www.wikidata.org/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <http://schema.org/> .
wd:Q855 rdfs:label "Joseph Stalin"@en ; schema:description "Soviet politician (test stand-in)"@en .
wd:Q5816 rdfs:label "Mao Zedong"@en .
`;

let dir = '';
let done = (): void => undefined;
let server: ServeHandle;
let standIn: Server;
let host = '';
const asked: string[] = [];

beforeAll(async () => {
  const store = new ox.Store();
  store.load(WIKIDATA, { format: 'text/turtle' });
  standIn = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      const type = req.headers['content-type'] ?? '';
      const query = type.includes('sparql-query') ? text : (new URLSearchParams(type.includes('form') ? text : new URL(req.url ?? '/', 'http://x').search).get('query') ?? '');
      if (query === '') return void res.writeHead(200, { 'content-type': 'text/turtle' }).end('');
      asked.push(query);
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(store.query(query, { results_format: 'application/sparql-results+json' }) as string);
    });
  });
  await new Promise<void>((done) => standIn.listen(0, '127.0.0.1', done));
  host = `127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  ({ dir, done } = exampleOutputCopy('lodscribe-serve-fed-'));
  server = await serveForTest(dir, { allowService: [host], timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await new Promise((closed) => standIn?.close(closed));
  done();
});

it('cq8 with a stand-in for Wikidata answers through the endpoint what it answers over the files', async () => {
  const cq8 = readFileSync(join(ROOT, 'queries', 'cq8-federated-enrichment.rq'), 'utf8').replace('https://query.wikidata.org/sparql', `http://${host}/sparql`);
  const files = await runQuery(cq8, { sources: [dir] });
  if (files.kind !== 'bindings') throw new Error('cq8 is a SELECT query');
  expect(files.rows.length).toBeGreaterThan(0);
  const r = await fetch(`${server.url}sparql?query=${encodeURIComponent(cq8)}`);
  expect(r.status).toBe(200);
  expect(JSON.parse(await r.text())).toEqual(JSON.parse(toSparqlJson(files)));
  expect(asked.length).toBeGreaterThan(0);
}, 60_000);
