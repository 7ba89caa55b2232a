// JSON-LD: our context covers MAPPING.md, compaction is lossless and stable, nothing is fetched, nothing is polluted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal, namedNode, quad, type Quad } from '../../src/rdf/factory.js';
import {
  CONTEXT_IRI, RemoteDocumentRefusedError, canonicalNQuads, documentLoader, jsonLdToQuads, toCompactJsonLd,
} from '../../src/rdf/jsonld.js';
import { UnsafeJsonError } from '../../src/rdf/json-guard.js';
import { NS, rdf, xsd } from '../../src/rdf/namespaces.js';
import { parseRdf, toNQuads, toTurtle } from '../../src/rdf/serialize.js';
import { ROOT } from '../helpers.js';
import { CONTEXT_FILE, corpusQuads, graph, inlineContext, oxParse, shuffled, triplesText } from './helpers.js';

type Ctx = Record<string, unknown>;
const context = (JSON.parse(readFileSync(CONTEXT_FILE, 'utf8')) as { '@context': Ctx })['@context'];
const mapping = readFileSync(`${ROOT}ontology/MAPPING.md`, 'utf8');
const CURIE = /\b(crm|schema|la|oa|prov|void|dcat|dcterms|lod|xsd|rdfs):([A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9_])/g;
const mappingTerms = [...new Set([...mapping.matchAll(CURIE)].map((m) => `${m[1]}:${m[2]}`))].filter((t) => t !== 'schema:Legislation');
const expand = (curie: string): string => {
  const [prefix, local] = curie.split(':') as [keyof typeof NS, string];
  return NS[prefix] + local;
};
const isProperty = (curie: string): boolean => /^(?:[a-z]|P\d)/.test(curie.split(':')[1] ?? '');

describe('ontology/context.jsonld', () => {
  it('is JSON-LD 1.1 with id/type aliases and exactly the prefixes of NS', () => {
    expect(context['@version']).toBe(1.1);
    expect(context.id).toBe('@id');
    expect(context.type).toBe('@type');
    for (const [prefix, iri] of Object.entries(NS)) expect(context[prefix], prefix).toBe(iri);
  });

  it('gives every CIDOC-CRM and Schema.org term of MAPPING.md a readable name', () => {
    const ids = new Map(Object.entries(context).map(([k, v]) => [(v as { '@id'?: string })?.['@id'], k]));
    const missing = mappingTerms.filter((t) => /^(crm|schema):/.test(t) && !ids.has(t));
    expect(mappingTerms.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('compacts every term of MAPPING.md losslessly, whatever the kind of value', async () => {
    const s = namedNode('https://w3id.org/lodscribe/record/t');
    const objects = [
      namedNode('https://w3id.org/lodscribe/person/x'), literal('plain'), literal('English', 'en'), literal('中文', 'zh'),
      literal('7', xsd.integer), literal('0007', xsd.nonNegativeInteger), literal('1950-01-22', xsd.date),
      literal('1950-01-22T00:00:00', xsd.dateTime), literal('120', xsd.decimal), literal('PT2H', xsd.duration),
    ];
    const quads: Quad[] = mappingTerms.flatMap((t) =>
      isProperty(t) ? objects.map((o) => quad(s, namedNode(expand(t)), o)) : [quad(s, rdf.type, namedNode(expand(t)))],
    );
    const doc = await toCompactJsonLd(quads);
    expect(triplesText(await jsonLdToQuads(doc))).toBe(triplesText(quads));
    expect(triplesText(oxParse(inlineContext(doc), 'application/ld+json'))).toBe(triplesText(quads));
  });
});

describe('toCompactJsonLd', () => {
  const record = graph(corpusQuads(), 'record/r1');

  it('describes the same graph as the Turtle of the same quads', async () => {
    const fromJsonLd = await jsonLdToQuads(await toCompactJsonLd(record));
    const fromTurtle = parseRdf(toTurtle(record), 'turtle');
    expect(triplesText(fromJsonLd)).toBe(triplesText(fromTurtle));
    expect(await canonicalNQuads(fromJsonLd)).toBe(await canonicalNQuads(fromTurtle));
  });

  it('is byte-identical for shuffled input, with one @graph sorted by id and readable keys', async () => {
    const text = await toCompactJsonLd(record);
    expect(await toCompactJsonLd(shuffled(record, 11))).toBe(text);
    const doc = JSON.parse(text) as { '@context': string; '@graph': Ctx[] };
    expect(Object.keys(doc)).toEqual(['@context', '@graph']);
    expect(doc['@context']).toBe(CONTEXT_IRI);
    const ids = doc['@graph'].map((n) => n.id as string);
    expect(ids).toEqual([...ids].sort());
    const keys = doc['@graph'].flatMap((n) => Object.keys(n));
    expect(keys.filter((k) => k.startsWith('http'))).toEqual([]);
    const turn = doc['@graph'].find((n) => n.id === 'https://w3id.org/lodscribe/record/r1/turn/4');
    expect(turn).toMatchObject({ type: ['E33_Linguistic_Object', 'Message', 'lod:SpeechTurn'], position: '4', text: 'Agreed.\nThe treaty must change.' });
  });

  it('drops graph names, as the Turtle does; an empty graph is an empty @graph', async () => {
    expect(JSON.parse(await toCompactJsonLd([]))).toEqual({ '@context': CONTEXT_IRI, '@graph': [] });
  });
});

describe('the document loader', () => {
  it('serves our context under its IRI', async () => {
    const doc = await documentLoader(CONTEXT_IRI);
    expect(doc.documentUrl).toBe(CONTEXT_IRI);
    expect((doc.document as { '@context': Ctx })['@context']['@version']).toBe(1.1);
  });

  it.each([
    'https://schema.org/', 'http://schema.org/', 'https://linked.art/ns/v1/linked-art.json', 'file:///etc/passwd',
    `${CONTEXT_IRI}#x`, CONTEXT_IRI.toUpperCase(), 'http://w3id.org/lodscribe/context.jsonld', 'data:application/json,{}',
    '../ontology/context.jsonld', '__proto__', 'constructor',
  ])('refuses %s', async (url) => {
    await expect(documentLoader(url)).rejects.toThrow(RemoteDocumentRefusedError);
  });

  it('is also jsonld’s default loader once the adapter is loaded', () => {
    expect((jsonld as unknown as { documentLoader: unknown }).documentLoader).toBe(documentLoader);
  });

  describe('a canary server on 127.0.0.1', () => {
    let server: Server;
    let requests = 0;
    let url = '';
    beforeAll(async () => {
      server = createServer((_req, res) => {
        requests++;
        res.writeHead(200, { 'content-type': 'application/ld+json' }).end('{"@context":{"p":"http://ex.org/p"}}');
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/context.jsonld`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('gets no request, however a document refers to it', async () => {
      const docs = [
        { '@context': url, '@id': 'http://ex.org/a', p: 'x' },
        { '@context': [CONTEXT_IRI, url], '@id': 'http://ex.org/a', p: 'x' },
        { '@context': { '@import': url }, '@id': 'http://ex.org/a', p: 'x' },
        { '@context': { t: { '@id': 'http://ex.org/t', '@context': url } }, '@id': 'http://ex.org/a', t: { p: 'x' } },
        { '@context': { T: { '@id': 'http://ex.org/T', '@context': url } }, '@id': 'http://ex.org/a', '@type': 'T', p: 'x' },
      ];
      // jsonld reports a refused scoped context as an "invalid scoped context" without the cause
      for (const doc of docs) await expect(jsonLdToQuads(doc)).rejects.toThrow(/Refusing to load|invalid scoped context/);
      await expect(jsonLdToQuads(docs[0])).rejects.toThrow(RemoteDocumentRefusedError);
      await expect(jsonld.toRDF(docs[0] as never, {})).rejects.toThrow();
      await expect(jsonld.expand(docs[0] as never)).rejects.toThrow();
      expect(requests).toBe(0);
    });
  });
});

describe('prototype pollution', () => {
  const clean = () => {
    expect(Object.getOwnPropertyNames(Object.prototype).filter((k) => !(k in Object.getPrototypeOf(Object.create({}))) || /^(polluted|@|http)/.test(k))).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>)['http://ex.org/p']).toBeUndefined();
    expect(({} as Record<string, unknown>)['@id']).toBeUndefined();
  };

  it.each([
    '{"@id": "__proto__", "http://ex.org/p": "polluted"}',
    '{"@id": "http://ex.org/a", "http://ex.org/p": {"@id": "__proto__", "http://ex.org/polluted": "yes"}}',
    '{"@graph": [{"@id": "constructor", "http://ex.org/p": "x"}, {"@id": "prototype", "http://ex.org/p": "x"}]}',
    '{"@context": {"ident": "@id"}, "ident": "__proto__", "http://ex.org/p": "polluted"}',
    '{"@context": {"@base": "http://ex.org/"}, "@id": "__proto__", "http://ex.org/p": "x"}',
    '{"@id": "http://ex.org/a", "@type": "__proto__"}',
    '{"@id": "http://ex.org/a", "__proto__": {"polluted": "yes"}}',
    '{"@context": {"__proto__": "http://ex.org/"}, "@id": "http://ex.org/a", "__proto__:p": "x"}',
    '{"@context": {"constructor": {"@id": "http://ex.org/p"}}, "@id": "http://ex.org/a", "constructor": "x"}',
    '{"id": "__proto__", "http://ex.org/p": "x"}',
  ])('refuses %s and leaves Object.prototype alone', async (text) => {
    await expect(jsonLdToQuads(text)).rejects.toThrow(/Unsafe JSON-LD|Safe mode|not an absolute IRI|relative/i);
    clean();
  });

  it('raises UnsafeJsonError before jsonld sees a forbidden key or identifier', async () => {
    await expect(jsonLdToQuads('{"@id": "__proto__"}')).rejects.toThrow(UnsafeJsonError);
    await expect(jsonLdToQuads({ ['__proto__']: { polluted: 1 } })).rejects.toThrow(UnsafeJsonError);
    await expect(jsonLdToQuads(JSON.parse('{"__proto__": {"polluted": 1}}'))).rejects.toThrow(UnsafeJsonError);
    clean();
  });

  it('accepts such words as literal values', async () => {
    const quads = await jsonLdToQuads('{"@id": "http://ex.org/a", "http://ex.org/p": ["constructor", {"@value": "__proto__"}]}');
    expect(quads.map((q) => q.object.value).sort()).toEqual(['__proto__', 'constructor']);
    const out = await toCompactJsonLd([quad(namedNode('http://ex.org/a'), namedNode('http://schema.org/jobTitle'), literal('__proto__', 'en'))]);
    expect(triplesText(await jsonLdToQuads(out))).toContain('"__proto__"@en');
    clean();
  });

  it('never writes a document whose ids are not absolute IRIs', async () => {
    const bad = DataFactory.quad(DataFactory.namedNode('__proto__'), DataFactory.namedNode('http://ex.org/p'), DataFactory.literal('x'));
    await expect(toCompactJsonLd([bad])).rejects.toThrow(/Invalid IRI/);
    clean();
  });
});

it('canonicalNQuads agrees with sorted N-Quads for graphs without blank nodes', async () => {
  const quads = graph(corpusQuads(), 'record/r2');
  const lines = (text: string) => text.split('\n').filter(Boolean).sort();
  expect(lines(await canonicalNQuads(shuffled(quads)))).toEqual(lines(toNQuads(quads)));
});
