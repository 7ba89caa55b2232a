// cq8 without the network: Wikidata's endpoint replaced by a local oxigraph stand-in, as a user would change it.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ox from 'oxigraph';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runQuery } from '../../src/stages/query.js';
import { ROOT } from '../helpers.js';
import { CORPUS } from '../write/helpers.js';

const WIKIDATA = `@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
wd:Q855 rdfs:label "Joseph Stalin"@en, "Иосиф Сталин"@ru ; schema:description "Soviet politician (test stand-in)"@en ;
  wdt:P569 "1878-12-18T00:00:00Z"^^xsd:dateTime ; wdt:P570 "1953-03-05T00:00:00Z"^^xsd:dateTime .
wd:Q5816 rdfs:label "Mao Zedong"@en .
${Array.from({ length: 500 }, (_, i) => `wd:Q${900000 + i} rdfs:label "Unrelated item ${i}"@en .`).join('\n')}
`;

const store = new ox.Store();
store.load(WIKIDATA, { format: 'text/turtle' });
const queries: string[] = [];
let server: Server;
let endpoint = '';

const body = (req: IncomingMessage): Promise<string> =>
  new Promise((done) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => done(text));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const text = req.method === 'POST' ? await body(req) : '';
    const type = req.headers['content-type'] ?? '';
    const query = type.includes('sparql-query') ? text : (new URLSearchParams(type.includes('form') ? text : url.search).get('query') ?? '');
    if (query === '') {
      // what Comunica fetches first to learn what the SERVICE IRI is: a service description
      const sd = '@prefix sd: <http://www.w3.org/ns/sparql-service-description#> . <> a sd:Service ; sd:endpoint <> .';
      res.writeHead(200, { 'content-type': 'text/turtle' }).end(sd);
      return;
    }
    queries.push(query);
    res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(store.query(query, { results_format: 'application/sparql-results+json' }) as string);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

it('cq8 enriches the people with verified items, asking the endpoint about those items only', async () => {
  const cq8 = readFileSync(`${ROOT}queries/cq8-federated-enrichment.rq`, 'utf8');
  expect(cq8).toContain('SERVICE <https://query.wikidata.org/sparql>');
  const result = await runQuery(cq8.replace('https://query.wikidata.org/sparql', endpoint), { sources: [CORPUS] });
  if (result.kind !== 'bindings') throw new Error('cq8 is a SELECT query');
  const rows = result.rows.map((row) => result.variables.map((v) => row.get(v)?.value.replace(/^.*\/(?=[^/]+$)/, '') ?? ''));
  // Molotov (Q132899) has a verified item but the stand-in knows no label for it, so the SERVICE join drops him.
  expect(rows).toEqual([
    ['r1', 'joseph-stalin', 'Q855', 'Joseph Stalin', 'Soviet politician (test stand-in)', '1878-12-18T00:00:00Z', '1953-03-05T00:00:00Z', ''],
    ['r1', 'mao-zedong', 'Q5816', 'Mao Zedong', '', '', '', ''],
    ['r2', 'joseph-stalin', 'Q855', 'Joseph Stalin', 'Soviet politician (test stand-in)', '1878-12-18T00:00:00Z', '1953-03-05T00:00:00Z', ''],
  ]);
  expect(queries.length).toBeGreaterThan(0);
  for (const q of queries) expect(q).toMatch(/VALUES[^{]*\{[^}]*<http:\/\/www\.wikidata\.org\/entity\/Q855>/);
});
