// The competency questions through the endpoint's embedded store equal Comunica over the files, datatypes included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NS } from '../../src/rdf/namespaces.js';
import { toSparqlJson } from '../../src/render/sparql-results.js';
import { runQuery, type QueryResult } from '../../src/stages/query.js';
import type { ServeHandle } from '../../src/stages/serve.js';
import { ROOT } from '../helpers.js';
import { exampleOutputCopy, OFFLINE_QUERY_FILES as FILES, serveForTest } from './helpers.js';

const QUERIES = join(ROOT, 'queries');

let dir = '';
let done = (): void => undefined;
let server: ServeHandle;

beforeAll(async () => {
  ({ dir, done } = exampleOutputCopy('lodscribe-serve-cq-'));
  server = await serveForTest(dir, { maxRows: 1_000_000, maxBytes: 2 ** 31 - 1 });
}, 120_000);

afterAll(async () => {
  await server?.close();
  done();
});

const endpoint = (): string => `${server.url}sparql`;
const json = (r: QueryResult): string => (r.kind === 'quads' ? 'quads' : toSparqlJson(r));

describe('competency questions on the example output', () => {
  it.each(FILES)('%s: the endpoint answers what Comunica over the files answers, term for term and in order', async (file) => {
    const query = readFileSync(join(QUERIES, file), 'utf8');
    const files = json(await runQuery(query, { sources: [dir] }));
    expect(files).toContain('"bindings"');
    const direct = await fetch(`${endpoint()}?query=${encodeURIComponent(query)}`);
    expect(direct.status).toBe(200);
    expect(JSON.parse(await direct.text())).toEqual(JSON.parse(files));
    const pushedDown = json(await runQuery(query, { sources: [{ type: 'sparql', value: endpoint() }] }));
    expect(pushedDown).toBe(files);
  });

  it('keeps the datatype the data has (xsd:nonNegativeInteger offsets) in SELECT and CONSTRUCT answers', async () => {
    expect(readFileSync(join(QUERIES, 'cq7-mention-location.rq'), 'utf8')).toContain('oa:start ?start');
    const select = `PREFIX oa: <${NS.oa}> SELECT ?p ?start (MIN(?start) AS ?first) (COUNT(?start) AS ?n) WHERE { ?p oa:start ?start } GROUP BY ?p ?start ORDER BY ?p LIMIT 2`;
    const body = await (await fetch(`${endpoint()}?query=${encodeURIComponent(select)}`)).text();
    expect(JSON.parse(body)).toEqual(JSON.parse(json(await runQuery(select, { sources: [dir] }))));
    expect(body).toContain(`"datatype":"${NS.xsd}nonNegativeInteger"`);
    const csv = await (await fetch(`${endpoint()}?query=${encodeURIComponent(select)}`, { headers: { accept: 'text/tab-separated-values' } })).text();
    expect(csv).toContain(`^^<${NS.xsd}nonNegativeInteger>`);
    const construct = `PREFIX oa: <${NS.oa}> CONSTRUCT { ?p oa:start ?start } WHERE { ?p oa:start ?start } LIMIT 3`;
    const nt = await (await fetch(`${endpoint()}?query=${encodeURIComponent(construct)}`, { headers: { accept: 'application/n-triples' } })).text();
    expect(nt.trim().split('\n')).toHaveLength(3);
    for (const line of nt.trim().split('\n')) expect(line).toContain(`^^<${NS.xsd}nonNegativeInteger>`);
  });
});
