// Result formats: SPARQL 1.1 JSON, CSV and TSV exactly as the W3C Recommendations write them, and the text table.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResult } from '../../src/commands/query.js';
import { runQuery, type QueryResult } from '../../src/stages/query.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const TTL = `@prefix ex: <http://example.org/> .
@prefix xsd: <${XSD}> .
ex:a ex:label "comma, \\"quote\\"\\nnewline"@en-GB ; ex:n 42 ; ex:d "1950-01-22"^^xsd:date .
ex:b ex:label "plain" ; ex:d "x\\r\\ny" .
ex:c ex:label "tab\\there" .
`;
const SELECT = 'PREFIX ex: <http://example.org/> SELECT ?s ?label ?n WHERE { ?s ex:label ?label OPTIONAL { ?s ex:n ?n } } ORDER BY ?s';

let dir: string;
let file: string;
let select: QueryResult;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lodscribe-formats-'));
  file = join(dir, 'small.ttl');
  writeFileSync(file, TTL);
  select = await runQuery(SELECT, { sources: [file] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SELECT results', () => {
  it('as SPARQL 1.1 Query Results JSON', async () => {
    expect(JSON.parse(await renderResult(select, 'json'))).toEqual({
      head: { vars: ['s', 'label', 'n'] },
      results: {
        bindings: [
          {
            s: { type: 'uri', value: 'http://example.org/a' },
            label: { type: 'literal', value: 'comma, "quote"\nnewline', 'xml:lang': 'en-gb' },
            n: { type: 'literal', value: '42', datatype: `${XSD}integer` },
          },
          { s: { type: 'uri', value: 'http://example.org/b' }, label: { type: 'literal', value: 'plain' } },
          { s: { type: 'uri', value: 'http://example.org/c' }, label: { type: 'literal', value: 'tab\there' } },
        ],
      },
    });
  });

  it('writes JSON laid out as JSON.stringify with two spaces does, whatever the rows (it is written a row at a time)', async () => {
    const none = await runQuery('PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:nothing ?o }', { sources: [file] });
    const empty = await runQuery('SELECT * WHERE {}', { sources: [file] });
    for (const r of [select, none, empty]) {
      const text = await renderResult(r, 'json');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
    expect(JSON.parse(await renderResult(none, 'json'))).toEqual({ head: { vars: ['s'] }, results: { bindings: [] } });
    expect(JSON.parse(await renderResult(empty, 'json'))).toEqual({ head: { vars: [] }, results: { bindings: [{}] } });
  });

  it('as SPARQL 1.1 CSV: bare values, RFC 4180 quoting, CRLF line ends, empty for unbound', async () => {
    expect(await renderResult(select, 'csv')).toBe(
      's,label,n\r\n' +
        'http://example.org/a,"comma, ""quote""\nnewline",42\r\n' +
        'http://example.org/b,plain,\r\n' +
        'http://example.org/c,tab\there,\r\n',
    );
  });

  it('as SPARQL 1.1 TSV: ?names, terms in SPARQL syntax with \\t \\n \\r escaped, LF line ends', async () => {
    expect(await renderResult(select, 'tsv')).toBe(
      '?s\t?label\t?n\n' +
        `<http://example.org/a>\t"comma, \\"quote\\"\\nnewline"@en-gb\t"42"^^<${XSD}integer>\n` +
        '<http://example.org/b>\t"plain"\t\n' +
        '<http://example.org/c>\t"tab\\there"\t\n',
    );
  });

  it('as an aligned table with prefixed names, one line per row and a count', async () => {
    const table = await renderResult(select, 'table');
    expect(table.split('\n')).toEqual([
      `${'?s'.padEnd(22)}  ${'?label'.padEnd(33)}  ?n`,
      `${'-'.repeat(22)}  ${'-'.repeat(33)}  --`,
      '<http://example.org/a>  "comma, \\"quote\\"\\nnewline"@en-gb  42',
      '<http://example.org/b>  "plain"',
      '<http://example.org/c>  "tab\\there"',
      '',
      '3 rows',
      '',
    ]);
  });

  it('writes blank nodes as _:label and a CR LF inside a literal quoted', async () => {
    const r = await runQuery('PREFIX ex: <http://example.org/> SELECT ?b ?d WHERE { BIND(BNODE() AS ?b) ex:b ex:d ?d }', { sources: [file] });
    const csv = await renderResult(r, 'csv');
    expect(csv).toMatch(/^b,d\r\n_:\S+,"x\r\ny"\r\n$/);
    expect(await renderResult(r, 'tsv')).toMatch(/^\?b\t\?d\n_:\S+\t"x\\r\\ny"\n$/);
  });

  it('keeps typed literals and the string datatype apart', async () => {
    const r = await runQuery('PREFIX ex: <http://example.org/> SELECT ?d WHERE { ex:a ex:d ?d }', { sources: [file] });
    expect(JSON.parse(await renderResult(r, 'json')).results.bindings[0].d).toEqual({ type: 'literal', value: '1950-01-22', datatype: `${XSD}date` });
    expect(await renderResult(r, 'table')).toContain('"1950-01-22"^^xsd:date');
  });
});

describe('ASK and CONSTRUCT results', () => {
  it('ASK: SPARQL JSON boolean, else true / false', async () => {
    const yes = await runQuery('ASK { ?s ?p "plain" }', { sources: [file] });
    const no = await runQuery('ASK { ?s ?p "absent" }', { sources: [file] });
    expect(JSON.parse(await renderResult(yes, 'json'))).toEqual({ head: {}, boolean: true });
    expect(await renderResult(no, 'table')).toBe('false\n');
    expect(await renderResult(yes, 'csv')).toBe('true\n');
  });

  it('CONSTRUCT: Turtle, JSON-LD with our context, or subject/predicate/object rows', async () => {
    const r = await runQuery('PREFIX ex: <http://example.org/> CONSTRUCT { ?s <http://schema.org/name> ?l } WHERE { ?s ex:label ?l } ', { sources: [file] });
    expect(await renderResult(r, 'table')).toContain('<http://example.org/b> schema:name "plain".');
    const doc = JSON.parse(await renderResult(r, 'json'));
    expect(doc['@context']).toBe('https://w3id.org/lodscribe/context.jsonld');
    expect(doc['@graph']).toContainEqual({ id: 'http://example.org/b', name: { '@value': 'plain' } });
    expect((await renderResult(r, 'tsv')).split('\n')[0]).toBe('?subject\t?predicate\t?object');
  });
});
