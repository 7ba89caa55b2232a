// Reading a graph back from the store: its triple count (SELECT COUNT) and its canonical content (CONSTRUCT).
import { parseRdf } from '../rdf/serialize.js';
import { canonicalLines } from './canonical.js';
import type { StoreClient } from './client.js';
import { constructQuery, countQuery } from './sparql.js';

/** The `?n` of a one-row SPARQL JSON result; throws (so the client retries) on anything else. */
export function parseCount(body: string): number {
  const json = JSON.parse(body) as { results?: { bindings?: { n?: { value?: unknown } }[] } };
  const value = json.results?.bindings?.[0]?.n?.value;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new Error(`no count in the answer: ${body.slice(0, 120)}`);
  return n;
}

/** The number of triples the store holds in `graph` (0 when it does not exist). */
export function countGraph(client: StoreClient, graph: string): Promise<number> {
  return client.query(countQuery(graph), 'application/sparql-results+json', parseCount);
}

/** The graph's triples as the store returns them (N-Triples asked for, read as Turtle, its superset), canonical and sorted. */
export function storedLines(client: StoreClient, graph: string): Promise<string[]> {
  return client.query(constructQuery(graph), 'application/n-triples', (body) => canonicalLines(parseRdf(body, 'turtle')));
}
