// `lodscribe query`: query text or .rq file, sources (files, an output folder, RDF URLs, SPARQL endpoints), errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ox from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCode } from '../../src/exit.js';
import { queryCommand, readQueryArg } from '../../src/commands/query.js';
import { toNQuads } from '../../src/rdf/serialize.js';
import { writeOutput } from '../../src/stages/publish.js';
import { QuerySourceError, parseSourceArg } from '../../src/stages/query.js';
import { ROOT } from '../helpers.js';
import { CORPUS, corpusQuads, graph } from '../write/helpers.js';

const COUNT_TURNS = 'PREFIX lod: <https://w3id.org/lodscribe/ns#> SELECT (COUNT(?t) AS ?turns) WHERE { ?t a lod:SpeechTurn }';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lodscribe-query-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ok = { kind: 'done', failedRecords: 0, violations: 0 };

describe('queryCommand', () => {
  it('runs query text over a file and renders the format asked for', async () => {
    const r = await queryCommand(COUNT_TURNS, { source: [CORPUS], format: 'csv' });
    expect(r).toEqual({ stdout: 'turns\r\n5\r\n', stderr: '', outcome: ok });
  });

  it('reads a .rq file', async () => {
    const r = await queryCommand(`${ROOT}queries/cq5-when.rq`, { source: [CORPUS], format: 'tsv' });
    expect(r.stdout.split('\n')[0]).toBe('?record\t?date\t?begin\t?end\t?dateAsPrinted\t?duration\t?minutes\t?durationAsPrinted');
    expect(r.outcome).toEqual(ok);
  });

  it('queries an output folder through its dataset.nq', async () => {
    const quads = corpusQuads();
    const out = join(dir, 'output');
    const extra = { entityQuads: graph(quads, 'entities'), descriptionQuads: [], provenanceQuads: [] };
    await writeOutput(out, [{ recordId: 'r1', quads: graph(quads, 'record/r1') }], extra, []);
    const r = await queryCommand(COUNT_TURNS, { source: [out], format: 'json' });
    expect(JSON.parse(r.stdout).results.bindings[0].turns.value).toBe('5');
  });

  it('merges several files, JSON-LD included', async () => {
    const jsonld = join(dir, 'r1.jsonld');
    const { toCompactJsonLd } = await import('../../src/rdf/jsonld.js');
    writeFileSync(jsonld, await toCompactJsonLd(graph(corpusQuads(), 'record/r1')));
    const nq = join(dir, 'entities.nq');
    writeFileSync(nq, toNQuads(graph(corpusQuads(), 'entities')));
    const q = 'PREFIX schema: <http://schema.org/> SELECT ?name WHERE { ?t schema:position 3 ; schema:sender/schema:name ?name }';
    expect((await queryCommand(q, { source: [jsonld, nq], format: 'csv' })).stdout).toBe('name\r\nJoseph Stalin\r\n');
  });

  it.each([
    ['SELECT * WHERE { ?s ?p }', [CORPUS], /^query: query: error query-syntax: Parse error/],
    ['INSERT DATA { <urn:a> <urn:b> <urn:c> }', [CORPUS], /query-syntax: updates are not allowed/],
    [COUNT_TURNS, [join(ROOT, 'no/such/dir')], /^.*no\/such\/dir: query: error query-source: no such file or folder$/],
    [COUNT_TURNS, [join(ROOT, 'package.json')], /query-source: cannot be read as json-ld/],
    [COUNT_TURNS, [join(ROOT, 'README.md')], /query-source: unknown RDF file type/],
    [COUNT_TURNS, [ROOT], /query-source: the folder holds no dataset\.nq/],
    ['no/such/query.rq', [CORPUS], /^no\/such\/query\.rq: query: error query-source: no such query file$/],
    [COUNT_TURNS, ['sparql@ftp://example.org/'], /query-source: a SPARQL endpoint must be an http\(s\) URL/],
  ])('reports %s over %j as a usage error', async (q, source, message) => {
    const r = await queryCommand(q, { source, format: 'table' });
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.outcome.kind).toBe('usage');
    expect(exitCode(r.outcome)).toBe(2);
  });

  it('refuses a JSON-LD source whose context is not bundled', async () => {
    const file = join(dir, 'remote.jsonld');
    writeFileSync(file, JSON.stringify({ '@context': 'https://schema.org/', '@id': 'http://ex.org/a', name: 'x' }));
    const r = await queryCommand(COUNT_TURNS, { source: [file], format: 'table' });
    expect(r.stderr).toMatch(/query-source: cannot be read as json-ld: Refusing to load "https:\/\/schema\.org\/"/);
  });
});

describe('parseSourceArg and readQueryArg', () => {
  it('marks SPARQL endpoints with sparql@', () => {
    expect(parseSourceArg('sparql@https://query.wikidata.org/sparql')).toEqual({ type: 'sparql', value: 'https://query.wikidata.org/sparql' });
    expect(parseSourceArg('https://example.org/data.ttl')).toBe('https://example.org/data.ttl');
    expect(parseSourceArg('output')).toBe('output');
    expect(() => parseSourceArg('sparql@output')).toThrow(QuerySourceError);
  });

  it('takes a file’s contents or the text itself', () => {
    expect(readQueryArg(`${ROOT}queries/cq6-records-mentioning.rq`)).toBe(readFileSync(`${ROOT}queries/cq6-records-mentioning.rq`, 'utf8'));
    expect(readQueryArg('ASK {}')).toBe('ASK {}');
  });
});

/** A tiny SPARQL endpoint and RDF document server on 127.0.0.1, backed by oxigraph. */
describe('remote sources (local servers)', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];
  const store = new ox.Store();
  store.load(readFileSync(CORPUS, 'utf8'), { format: 'application/trig' });

  const body = (req: IncomingMessage): Promise<string> =>
    new Promise((done) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString('utf8')));
      req.on('end', () => done(text));
    });

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(url.pathname);
      if (url.pathname === '/r1.ttl') {
        res.writeHead(200, { 'content-type': 'text/turtle' }).end(store.dump({ format: 'text/turtle', from_graph_name: ox.namedNode('https://w3id.org/lodscribe/graph/record/r1') }));
        return;
      }
      const text = req.method === 'POST' ? await body(req) : '';
      const form = new URLSearchParams(req.headers['content-type']?.includes('form') ? text : url.search);
      const query = req.headers['content-type']?.includes('sparql-query') ? text : (form.get('query') ?? '');
      const result = store.query(query, { results_format: 'application/sparql-results+json', use_default_graph_as_union: true });
      res.writeHead(200, { 'content-type': 'application/sparql-results+json' }).end(result as string);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('queries a SPARQL endpoint marked sparql@', async () => {
    const r = await queryCommand(COUNT_TURNS, { source: [`sparql@${base}/sparql`], format: 'csv' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('turns\r\n5\r\n');
    expect(requests).toContain('/sparql');
  });

  it('dereferences the URL of an RDF document', async () => {
    const r = await queryCommand(COUNT_TURNS, { source: [`${base}/r1.ttl`], format: 'csv' });
    expect(r.stdout).toBe('turns\r\n5\r\n');
    expect(requests).toContain('/r1.ttl');
  });

  it('reports an endpoint that cannot be reached as a failed query (exit 1)', async () => {
    const r = await queryCommand(COUNT_TURNS, { source: ['sparql@http://127.0.0.1:9/sparql'], format: 'csv' });
    expect(r.stderr).toMatch(/^query: query: error query-failed: /);
    expect(exitCode(r.outcome)).toBe(1);
  });
});
