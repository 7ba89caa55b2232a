// The SPARQL 1.1 Protocol endpoint: GET and POST, result formats, updates refused, SERVICE/FROM refused, time and size caps.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ox from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/parse.js';
import type { ServeHandle } from '../../src/stages/serve.js';
import { BASE, EXAMPLE_ID, pipelineOutput, serveForTest } from './helpers.js';

const TIMEOUT_MS = 4000;
const MAX_BYTES = 120_000;
const MAX_ROWS = 500;

let server: ServeHandle;
let done: () => void;
let canary: Server;
let canaryHits = 0;
let remote: Server;
let remoteQueries = 0;

/** Starts an HTTP server on 127.0.0.1 and returns its `host:port`. */
async function listen(s: Server): Promise<string> {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(s.address() as AddressInfo).port}`;
}

/** A stand-in SPARQL endpoint (oxigraph) that SERVICE is allowed to call. */
function remoteEndpoint(): Server {
  const store = new ox.Store();
  store.load('<http://remote.example/s> <http://remote.example/p> "from the allowed endpoint" .', { format: 'application/n-triples' });
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const type = req.headers['content-type'] ?? '';
      const params = new URLSearchParams(type.includes('form') ? body : new URL(req.url ?? '/', 'http://x').search);
      const query = type.includes('sparql-query') ? body : (params.get('query') ?? '');
      if (query === '') return void res.writeHead(200, { 'content-type': 'text/turtle' }).end('');
      remoteQueries++;
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' });
      res.end(store.query(query, { results_format: 'application/sparql-results+json' }) as string);
    });
  });
}

let canaryHost = '';
let remoteHost = '';

beforeAll(async () => {
  canary = createServer((_req, res) => {
    canaryHits++;
    res.writeHead(200, { 'content-type': 'text/turtle' }).end('<http://canary.example/s> <http://canary.example/p> <http://canary.example/o> .');
  });
  canaryHost = await listen(canary);
  remote = remoteEndpoint();
  remoteHost = await listen(remote);
  const out = await pipelineOutput();
  done = out.done;
  server = await serveForTest(out.dir, { allowService: [remoteHost], timeout: TIMEOUT_MS, maxRows: MAX_ROWS, maxBytes: MAX_BYTES, workers: 2 });
}, 120_000);

afterAll(async () => {
  await server?.close();
  done?.();
  await new Promise((r) => canary?.close(r));
  await new Promise((r) => remote?.close(r));
});

const endpoint = (): string => `${server.url}sparql`;
const getQuery = (query: string, accept?: string) => fetch(`${endpoint()}?query=${encodeURIComponent(query)}`, { headers: accept ? { accept } : {} });
const postForm = (body: Record<string, string>, accept?: string) =>
  fetch(endpoint(), { method: 'POST', body: new URLSearchParams(body).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...(accept ? { accept } : {}) } });
const postQuery = (query: string, accept?: string) =>
  fetch(endpoint(), { method: 'POST', body: query, headers: { 'content-type': 'application/sparql-query', ...(accept ? { accept } : {}) } });

const SPEAKERS = `PREFIX schema: <http://schema.org/>
SELECT ?speaker (COUNT(?turn) AS ?turns) WHERE { ?turn a <https://w3id.org/lodscribe/ns#SpeechTurn> ; schema:sender ?speaker }
GROUP BY ?speaker ORDER BY DESC(?turns) ?speaker`;

describe('queries', () => {
  it('GET ?query= answers SPARQL JSON by default', async () => {
    const r = await getQuery(SPEAKERS);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/sparql-results+json');
    const json = (await r.json()) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    expect(json.head.vars).toEqual(['speaker', 'turns']);
    expect(json.results.bindings.map((b) => [b.speaker?.value.replace(BASE, ''), b.turns?.value])).toEqual([
      ['person/joseph-stalin', '32'], ['person/mao-zedong', '29'], ['person/zhou-enlai', '3'], ['person/vyacheslav-molotov', '2'],
    ]);
  });

  it('POST as a form and as application/sparql-query give the same answer', async () => {
    const a = await (await postForm({ query: SPEAKERS })).text();
    const b = await (await postQuery(SPEAKERS)).text();
    expect(a).toBe(b);
    expect(a).toContain('joseph-stalin');
  });

  it('CSV, TSV and XML by Accept', async () => {
    const csv = await getQuery(SPEAKERS, 'text/csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe(`speaker,turns\r\n${BASE}person/joseph-stalin,32\r\n${BASE}person/mao-zedong,29\r\n${BASE}person/zhou-enlai,3\r\n${BASE}person/vyacheslav-molotov,2\r\n`);
    const tsv = await (await getQuery(SPEAKERS, 'text/tab-separated-values')).text();
    expect(tsv.split('\n')[1]).toBe(`<${BASE}person/joseph-stalin>\t"32"^^<http://www.w3.org/2001/XMLSchema#integer>`);
    const xml = await getQuery(SPEAKERS, 'application/sparql-results+xml');
    expect(xml.headers.get('content-type')).toBe('application/sparql-results+xml; charset=utf-8');
    expect(await xml.text()).toContain(`<binding name="speaker"><uri>${BASE}person/joseph-stalin</uri></binding>`);
  });

  it('ASK answers a boolean; CONSTRUCT a graph in Turtle, N-Triples or JSON-LD', async () => {
    expect(await (await getQuery(`ASK { <${BASE}person/joseph-stalin> ?p ?o }`)).json()).toEqual({ head: {}, boolean: true });
    const construct = `CONSTRUCT { ?s <http://schema.org/name> ?n } WHERE { GRAPH <${BASE}graph/entities> { ?s <http://schema.org/name> ?n } }`;
    const ttl = await getQuery(construct, 'text/turtle');
    expect(ttl.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const quads = parseRdf(await ttl.text(), 'turtle');
    expect(quads.some((q) => q.object.value === 'Joseph Stalin')).toBe(true);
    const nt = parseRdf(await (await getQuery(construct, 'application/n-triples')).text(), 'n-triples');
    expect(nt).toHaveLength(quads.length);
    expect((await getQuery(construct, 'application/ld+json')).headers.get('content-type')).toBe('application/ld+json');
    expect((await getQuery(construct, 'text/csv')).status).toBe(406);
    const described = parseRdf(await (await getQuery(`DESCRIBE <${BASE}person/joseph-stalin>`, 'text/turtle')).text(), 'turtle');
    expect(described.some((q) => q.object.value === 'http://www.wikidata.org/entity/Q855')).toBe(true);
  });

  it('FROM a local graph is honoured', async () => {
    const r = await getQuery(`SELECT (COUNT(*) AS ?n) FROM <${BASE}graph/record/${EXAMPLE_ID}> WHERE { ?s a <http://schema.org/Message> }`);
    expect(((await r.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]?.n.value).toBe('66');
  });

  it('a syntax error is 400 with the parser message; a bad method 405; a bad body type 415', async () => {
    const r = await getQuery('SELECT * WHERE {');
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/\S/);
    expect((await fetch(endpoint(), { method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await fetch(endpoint(), { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
  });
});

describe('refusals', () => {
  it('refuses updates: by GET, by form, as application/sparql-update, and an update given as a query', async () => {
    const insert = `INSERT DATA { <${BASE}x> <${BASE}y> "z" }`;
    for (const r of [
      await fetch(`${endpoint()}?update=${encodeURIComponent(insert)}`),
      await postForm({ update: insert }),
      await fetch(endpoint(), { method: 'POST', body: insert, headers: { 'content-type': 'application/sparql-update' } }),
      await getQuery(insert),
      await postQuery(`DROP GRAPH <${BASE}graph/entities>`),
    ]) expect(r.status).toBe(400);
    expect(await (await getQuery(`ASK { <${BASE}x> ?p ?o }`)).json()).toEqual({ head: {}, boolean: false });
  });

  it('refuses SERVICE and FROM / FROM NAMED to a host not allowed, and never contacts it', async () => {
    const target = `http://${canaryHost}/sparql`;
    for (const query of [
      `SELECT * WHERE { SERVICE <${target}> { ?s ?p ?o } }`,
      `SELECT * WHERE { SERVICE SILENT <${target}> { ?s ?p ?o } }`,
      `ASK { FILTER EXISTS { SERVICE <${target}> { ?s ?p ?o } } }`,
      `SELECT * FROM <${target}> WHERE { ?s ?p ?o }`,
      `SELECT * FROM NAMED <${target}> WHERE { GRAPH ?g { ?s ?p ?o } }`,
      `BASE <http://${canaryHost}/> SELECT * FROM <data.ttl> WHERE { ?s ?p ?o }`,
    ]) {
      const r = await postQuery(query);
      expect([query, r.status]).toEqual([query, 400]);
      expect(await r.text()).toMatch(/refused/);
    }
    const graph = await getQuery(`SELECT * WHERE { GRAPH <${target}> { ?s ?p ?o } }`);
    expect(graph.status).toBe(200);
    expect(canaryHits).toBe(0);
  });

  it('lets SERVICE call an allow-listed endpoint', async () => {
    const r = await getQuery(`SELECT ?o WHERE { SERVICE <http://${remoteHost}/sparql> { ?s <http://remote.example/p> ?o } }`);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('from the allowed endpoint');
    expect(remoteQueries).toBeGreaterThan(0);
  });
});

describe('limits', () => {
  it('refuses a result over the row cap with 422, and answers the same query with LIMIT', async () => {
    const r = await getQuery('SELECT * WHERE { ?s ?p ?o }');
    expect(r.status).toBe(422);
    expect(await r.text()).toContain(`more than ${MAX_ROWS} rows`);
    const limited = (await (await getQuery(`SELECT ?p WHERE { ?s ?p ?o } LIMIT ${MAX_ROWS}`)).json()) as { results: { bindings: unknown[] } };
    expect(limited.results.bindings).toHaveLength(MAX_ROWS);
    expect((await getQuery('CONSTRUCT WHERE { ?s ?p ?o }')).status).toBe(422);
  });

  it('refuses a result over the byte cap with 422', async () => {
    const r = await getQuery(`SELECT * WHERE { ?s ?p ?o . ?s ?q ?r } LIMIT ${MAX_ROWS - 50}`);
    expect(r.status).toBe(422);
    expect(await r.text()).toContain(`larger than ${MAX_BYTES} bytes`);
  });

  /** Asks a query that runs for ever and checks it was stopped at the time limit, within 1 s of it, with a 503 saying so. */
  async function expectStoppedAtLimit(query: string): Promise<void> {
    const started = Date.now();
    const r = await getQuery(query);
    const elapsed = Date.now() - started;
    expect(r.status).toBe(503);
    expect(await r.text()).toContain(`did not finish within ${TIMEOUT_MS} ms`);
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1000);
  }

  it('stops a heavy query at the time limit (within 1 s of it) and goes on answering', async () => {
    await expectStoppedAtLimit('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }');
    expect((await getQuery(SPEAKERS)).status).toBe(200);
  });

  it('stops a sub-select answered first at the time limit too', async () => {
    // Given inline data and no aggregate, the sub-select is answered first; its filter needs the whole product.
    const never = 'FILTER (CONCAT(STR(?c), STR(?f), STR(?i)) = "no such text")';
    await expectStoppedAtLimit(`SELECT ?a WHERE { { SELECT ?a WHERE { VALUES ?x { 1 } ?a ?b ?c . ?d ?e ?f . ?g ?h ?i ${never} } } ?a ?p ?o }`);
  });
});
