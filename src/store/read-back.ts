// Reading graphs back from the store: triple counts (one graph, or many in one SELECT) and canonical content (CONSTRUCT).
import { parseRdf } from '../rdf/serialize.js';
import { canonicalLines } from './canonical.js';
import type { StoreClient } from './client.js';
import { constructQuery, countQuery, countsQuery } from './sparql.js';

/** The `?n` of a one-row SPARQL JSON result; throws (so the client retries) on anything else. */
export function parseCount(body: string): number {
  const json = JSON.parse(body) as { results?: { bindings?: { n?: { value?: unknown } }[] } };
  const value = json.results?.bindings?.[0]?.n?.value;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new Error(`no count in the answer: ${body.slice(0, 120)}`);
  return n;
}

const COUNT = /^\d+$/;

/** The `?g ?n` rows of a SPARQL JSON result as counts of `graphs` (0 for a graph without a row); throws on anything else. */
export function parseCounts(body: string, graphs: readonly string[]): Map<string, number> {
  const json = JSON.parse(body) as { results?: { bindings?: unknown } };
  const rows = json.results?.bindings;
  if (!Array.isArray(rows)) throw new Error(`no result rows in the answer: ${body.slice(0, 120)}`);
  const counts = new Map(graphs.map((g) => [g, 0]));
  for (const row of rows as { g?: { value?: unknown }; n?: { value?: unknown } }[]) {
    const [g, n] = [row.g?.value, row.n?.value];
    if (typeof g !== 'string' || !counts.has(g) || typeof n !== 'string' || !COUNT.test(n) || !Number.isSafeInteger(Number(n))) {
      throw new Error(`unexpected row in the answer: ${JSON.stringify(row).slice(0, 120)}`);
    }
    counts.set(g, Number(n));
  }
  return counts;
}

/** The triple counts of several graphs in one request. */
export function countGraphs(client: StoreClient, graphs: readonly string[]): Promise<Map<string, number>> {
  return client.query(countsQuery(graphs), 'application/sparql-results+json', (body) => parseCounts(body, graphs));
}

/** The number of triples the store holds in `graph` (0 when it does not exist). */
export function countGraph(client: StoreClient, graph: string): Promise<number> {
  return client.query(countQuery(graph), 'application/sparql-results+json', parseCount);
}

/** The graph's triples as the store returns them (N-Triples asked for, read as Turtle, its superset), canonical and sorted. */
export function storedLines(client: StoreClient, graph: string): Promise<string[]> {
  return client.query(constructQuery(graph), 'application/n-triples', (body) => canonicalLines(parseRdf(body, 'turtle')));
}
