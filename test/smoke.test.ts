// Smoke test: @comunica/query-sparql 5 loads on Node 20 (undici pinned to ^7 by an npm override) and answers a query.
import { QueryEngine } from '@comunica/query-sparql';
import { DataFactory, Store } from 'n3';
import { expect, it } from 'vitest';

it('Comunica loads and answers SPARQL over an in-memory store', async () => {
  const { namedNode, literal, quad } = DataFactory;
  const store = new Store([quad(namedNode('urn:x:stalin'), namedNode('http://schema.org/name'), literal('Stalin'))]);
  const engine = new QueryEngine();
  const stream = await engine.queryBindings('SELECT ?n WHERE { ?s <http://schema.org/name> ?n }', { sources: [store] });
  const rows = await stream.toArray();
  expect(rows.map((b) => b.get('n')?.value)).toEqual(['Stalin']);
});
