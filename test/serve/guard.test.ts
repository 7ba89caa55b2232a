// What the endpoint refuses before running a query: updates, SERVICE to hosts not allowed, non-local FROM graphs.
import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../../src/rdf/comunica.js';
import { guardQuery, inspectQuery, QueryRefusedError, serviceAllowed, type GuardOptions } from '../../src/serve/guard.js';

const BASE = 'https://w3id.org/lodscribe/';
const options: GuardOptions = { allowServices: ['query.wikidata.org', '127.0.0.1:7000'], isLocal: (iri) => iri.startsWith(BASE) };
const refused = (q: string) => expect(guardQuery(q, options)).rejects.toBeInstanceOf(QueryRefusedError);

describe('guardQuery', () => {
  it('reads the query form', async () => {
    expect(await guardQuery('SELECT * WHERE { ?s ?p ?o }', options)).toBe('select');
    expect(await guardQuery('ASK { ?s ?p ?o }', options)).toBe('ask');
    expect(await guardQuery('CONSTRUCT WHERE { ?s ?p ?o }', options)).toBe('construct');
    expect(await guardQuery(`DESCRIBE <${BASE}person/joseph-stalin>`, options)).toBe('describe');
    expect(await guardQuery(`SELECT * FROM <${BASE}graph/entities> WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3`, options)).toBe('select');
    expect(await guardQuery(`ASK FROM <${BASE}graph/entities> { ?s ?p ?o }`, options)).toBe('ask');
    expect(await guardQuery('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3', options)).toBe('construct');
    expect(await guardQuery(`CONSTRUCT { ?s ?p ?o } FROM <${BASE}graph/entities> WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3 OFFSET 1`, options)).toBe('construct');
    expect(await guardQuery('DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 2', options)).toBe('describe');
  });

  it('refuses every kind of update', async () => {
    for (const update of [
      'INSERT DATA { <http://a.example/s> <http://a.example/p> 1 }',
      'DELETE WHERE { ?s ?p ?o }',
      'LOAD <http://127.0.0.1:9/data.ttl>',
      'CLEAR ALL',
      'DROP GRAPH <http://a.example/g>',
      'CREATE GRAPH <http://a.example/g>',
      'COPY DEFAULT TO <http://a.example/g>',
    ]) await refused(update);
  });

  it('refuses SERVICE to a host not on the allow-list, anywhere in the query, and SERVICE to a variable', async () => {
    await refused('SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }');
    await refused('SELECT * WHERE { SERVICE SILENT <https://evil.example/sparql> { ?s ?p ?o } }');
    await refused('SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <http://127.0.0.1:7001/sparql> { ?s ?p ?o } } }');
    await refused('ASK { FILTER NOT EXISTS { SERVICE <http://evil.example/> { ?s ?p ?o } } }');
    await refused('SELECT * WHERE { { SELECT * WHERE { SERVICE <ftp://query.wikidata.org/> { ?s ?p ?o } } } }');
    await refused('SELECT * WHERE { VALUES ?e { <http://evil.example/> } SERVICE ?e { ?s ?p ?o } }');
    await refused('BASE <http://evil.example/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }');
    await refused('CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://evil.example/> { ?s ?p ?o } }');
  });

  it('lets SERVICE call an allowed host (by name, or by host and port)', async () => {
    expect(await guardQuery('SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }', options)).toBe('select');
    expect(await guardQuery('SELECT * WHERE { SERVICE <http://127.0.0.1:7000/sparql> { ?s ?p ?o } }', options)).toBe('select');
  });

  it('refuses FROM and FROM NAMED of graphs that are not local', async () => {
    await refused('SELECT * FROM <http://evil.example/g> WHERE { ?s ?p ?o }');
    await refused(`SELECT * FROM <${BASE}graph/entities> FROM NAMED <http://evil.example/g> WHERE { GRAPH ?g { ?s ?p ?o } }`);
    await refused('BASE <http://evil.example/> SELECT * FROM <g> WHERE { ?s ?p ?o }');
    await refused('CONSTRUCT { ?s ?p ?o } FROM <http://evil.example/g> WHERE { ?s ?p ?o }');
    await refused('DESCRIBE ?s FROM <http://evil.example/g> WHERE { ?s ?p ?o }');
  });

  it('says which queries need Comunica (SERVICE) and which name their dataset (FROM), for the worker', async () => {
    const plan = async (q: string) => {
      const { form, federated, dataset } = await inspectQuery(q, options);
      return { form, federated, dataset };
    };
    expect(await plan('SELECT * WHERE { ?s ?p ?o }')).toEqual({ form: 'select', federated: false, dataset: false });
    expect(await plan('SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } } }')).toEqual({ form: 'select', federated: true, dataset: false });
    expect(await plan(`ASK FROM NAMED <${BASE}graph/entities> { GRAPH ?g { ?s ?p ?o } }`)).toEqual({ form: 'ask', federated: false, dataset: true });
  });

  it('reports a syntax error as such', async () => {
    await expect(guardQuery('SELECT * WHERE {', options)).rejects.toBeInstanceOf(QuerySyntaxError);
  });
});

describe('serviceAllowed', () => {
  it('matches the host with or without its port, case-insensitively, http(s) only', () => {
    expect(serviceAllowed('https://QUERY.wikidata.org/sparql', ['query.wikidata.org'])).toBe(true);
    expect(serviceAllowed('https://query.wikidata.org:8443/sparql', ['query.wikidata.org'])).toBe(true);
    expect(serviceAllowed('http://127.0.0.1:7001/', ['127.0.0.1:7000'])).toBe(false);
    expect(serviceAllowed('http://query.wikidata.org.evil.example/', ['query.wikidata.org'])).toBe(false);
    expect(serviceAllowed('http://user@evil.example/', ['query.wikidata.org'])).toBe(false);
    expect(serviceAllowed('file:///etc/passwd', ['localhost', ''])).toBe(false);
    expect(serviceAllowed('not a url', ['query.wikidata.org'])).toBe(false);
  });
});
