// Sub-selects given inline data are answered first and put back as VALUES: the store then gives the same answer as to
// the query as written, for every way a sub-select's solutions can look, and leaves alone what it cannot rewrite.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/rdf/comunica.js';
import { NS } from '../../src/rdf/namespaces.js';
import { EmbeddedStore } from '../../src/rdf/oxigraph.js';
import { storeJson } from '../../src/rdf/oxigraph-results.js';
import { INLINE_MAX_ROWS, presolve, type SelectRunner } from '../../src/serve/presolve.js';
import type { PoolAnswer } from '../../src/serve/query-pool.js';
import { tempDir } from '../temp-dir.js';

const EX = 'http://example.org/';
const PREFIXES = `PREFIX ex: <${EX}> PREFIX schema: <${NS.schema}> PREFIX xsd: <${NS.xsd}> `;

const nq = (s: string, p: string, o: string, g = 'g1'): string => `<${EX}${s}> ${p} ${o} <${EX}${g}> .`;
const ex = (local: string): string => `<${EX}${local}>`;
const name = `<${NS.schema}name>`;
const TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>';

/** People with names in several cases, mentions of them with awkward quotes, offsets and a blank node. */
const DATA = [
  nq('p1', name, '"Port Arthur"@en'), nq('p2', name, '"port arthur"'), nq('p3', name, '"Dalny"@en', 'g2'),
  ...['m1', 'm2', 'm3', 'm4', 'm5'].map((m) => nq(m, TYPE, ex('Mention'), m === 'm5' ? 'g2' : 'g1')),
  nq('m1', ex('hasBody'), ex('p1')), nq('m2', ex('hasBody'), ex('p1')), nq('m3', ex('hasBody'), ex('p2')),
  nq('m4', ex('hasBody'), ex('p3'), 'g2'), nq('m5', ex('hasBody'), ex('p3'), 'g2'),
  nq('m1', ex('quote'), '"say \\"hi\\"\\n\\\\ end } ) #"@en'), nq('m2', ex('quote'), '"ünï 𝄞 \\t\'x\'"'),
  nq('m3', ex('quote'), `"3"^^<${NS.xsd}decimal>`),
  nq('m1', ex('offset'), `"5"^^<${NS.xsd}nonNegativeInteger>`), nq('m4', ex('offset'), `"5"^^<${NS.xsd}nonNegativeInteger>`, 'g2'),
  nq('m2', ex('link'), '_:b1'),
];

let store: EmbeddedStore;
let big: EmbeddedStore;

beforeAll(async () => {
  const dir = tempDir('lodscribe-presolve-');
  writeFileSync(join(dir, 'small.nq'), `${DATA.join('\n')}\n`);
  store = await EmbeddedStore.load(join(dir, 'small.nq'));
  const items = Array.from({ length: INLINE_MAX_ROWS + 1 }, (_, i) => nq(`i${i}`, TYPE, ex('Item')));
  writeFileSync(join(dir, 'big.nq'), `${[...DATA, ...items].join('\n')}\n`);
  big = await EmbeddedStore.load(join(dir, 'big.nq'));
}, 60_000);

/** The store as the query worker runs a sub-select: SPARQL JSON as the store writes it, refused past `maxRows`. */
const runnerOver = (s: EmbeddedStore, asked: string[] = []): SelectRunner => async (sparql, maxRows): Promise<PoolAnswer> => {
  asked.push(sparql);
  const answer = s.query(sparql, 'select', true);
  const body = answer.kind === 'json' ? storeJson(answer.text, { variables: {}, predicates: s.typedPredicates }, maxRows) : undefined;
  return body === undefined ? { id: 0, ok: false, reason: 'too-large', message: 'too many' } : { id: 0, ok: true, body };
};

/** Solutions, triples or a boolean, as comparable text (solutions in order when the query orders them). */
function answerOf(s: EmbeddedStore, sparql: string, ordered: boolean): string {
  const form = /^\s*(?:PREFIX\s+\S+\s+<[^>]*>\s*)*(SELECT|ASK|CONSTRUCT)/i.exec(sparql)?.[1]?.toLowerCase() ?? 'select';
  const answer = s.query(sparql, form as 'select' | 'ask' | 'construct', true);
  if (answer.kind === 'boolean') return String(answer.value);
  if (answer.kind === 'ntriples') return answer.text.split('\n').sort().join('\n');
  const rows = (JSON.parse(answer.text) as { results: { bindings: object[] } }).results.bindings.map((b) => JSON.stringify(Object.entries(b).sort()));
  return (ordered ? rows : rows.sort()).join('\n');
}

/** What the store answers to the query as written and to the query presolved, and whether it was rewritten. */
async function both(sparql: string, s: EmbeddedStore = store): Promise<{ written: string; presolved: string; rewritten: boolean; asked: string[] }> {
  const asked: string[] = [];
  const result = await presolve(await parseQuery(sparql), runnerOver(s, asked));
  if ('answer' in result) throw new Error(`no query to run: ${JSON.stringify(result.answer)}`);
  const ordered = /ORDER BY[^}]*$/i.test(sparql); // the query's own order, not a sub-select's
  return { written: answerOf(s, sparql, ordered), presolved: answerOf(s, result.sparql ?? sparql, ordered), rewritten: result.sparql !== undefined, asked };
}

const NAMES = `{ SELECT DISTINCT ?p WHERE { VALUES ?name { "PORT ARTHUR" } ?p schema:name ?n FILTER (LCASE(STR(?n)) = LCASE(?name)) } }`;
const MENTIONS = `{ SELECT ?m ?q WHERE { VALUES ?t { ex:Mention } ?m a ?t ; ex:quote ?q } }`;

describe('presolve: sub-selects with inline data answered first', () => {
  it.each([
    ['nested, innermost first (a name looked up whatever its case, then its mentions)', `SELECT ?m ?p ?q WHERE { { SELECT ?m ?p WHERE { ${NAMES} ?m ex:hasBody ?p } } OPTIONAL { ?m ex:quote ?q } } ORDER BY ?m`, 2, 3],
    ['literals with quotes, escapes, tags and datatypes come back as they were', `SELECT ?m ?q ?p WHERE { ${MENTIONS} ?m ex:hasBody ?p }`, 1, 3],
    ['each solution counts as often as the sub-select gives it', `SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?p WHERE { VALUES ?t { ex:Mention } ?m a ?t ; ex:hasBody ?p } } ?p schema:name ?x }`, 1, 1],
    ['a variable the sub-select leaves unbound stays unbound', `SELECT ?m ?q ?p WHERE { { SELECT ?m ?q WHERE { VALUES ?t { ex:Mention } ?m a ?t OPTIONAL { ?m ex:quote ?q } } } ?m ex:hasBody ?p }`, 1, 5],
    ['integers whose datatype the store rewrote still join', `SELECT ?a ?b WHERE { { SELECT ?o WHERE { VALUES ?a0 { ex:m1 } ?a0 ex:offset ?o } } ?a ex:offset ?o . ?b ex:offset ?o }`, 1, 4],
    ['ORDER BY and LIMIT inside the sub-select', `SELECT ?m ?p WHERE { { SELECT ?m WHERE { VALUES ?t { ex:Mention } ?m a ?t } ORDER BY DESC(?m) LIMIT 2 } ?m ex:hasBody ?p }`, 1, 2],
    ['ORDER BY, OFFSET and LIMIT inside the sub-select', `SELECT ?m ?p WHERE { { SELECT ?m WHERE { VALUES ?t { ex:Mention } ?m a ?t } ORDER BY ?m OFFSET 3 LIMIT 5 } ?m ex:hasBody ?p }`, 1, 2],
    ['an aggregate in a sub-select whose LIMIT keeps it within the bound', `SELECT ?p ?n ?name WHERE { { SELECT ?p (COUNT(?m) AS ?n) WHERE { VALUES ?t { ex:Mention } ?m a ?t ; ex:hasBody ?p } GROUP BY ?p LIMIT 100 } ?p schema:name ?name }`, 1, 3],
    ['on the right of MINUS and OPTIONAL', `SELECT ?m ?q WHERE { ?m a ex:Mention OPTIONAL { ${MENTIONS} } MINUS { { SELECT ?m WHERE { VALUES ?p { ex:p3 } ?m ex:hasBody ?p } } } }`, 2, 3],
    ['in CONSTRUCT', `CONSTRUCT { ?m ex:about ?n } WHERE { ${NAMES} ?m ex:hasBody ?p . ?p schema:name ?n }`, 1, 3],
    ['as the whole pattern of an ASK', `ASK { { SELECT ?m WHERE { VALUES ?p { ex:p3 } ?m ex:hasBody ?p } } }`, 1, 1],
  ])('%s', async (_, query, subselects, rows) => {
    const r = await both(PREFIXES + query);
    expect(r.rewritten).toBe(true);
    expect(r.asked).toHaveLength(subselects);
    expect(r.presolved).toBe(r.written);
    expect(r.written.split('\n').filter((l) => l !== '')).toHaveLength(rows);
  });

  it.each([
    ['a sub-select without inline data', `SELECT ?m ?p WHERE { { SELECT ?m WHERE { ?m a ex:Mention } } ?m ex:hasBody ?p }`],
    ['inline data outside any sub-select', `SELECT ?m WHERE { VALUES ?p { ex:p1 } ?m ex:hasBody ?p }`],
    ['a sub-select inside GRAPH (its active graph is not the default)', `SELECT ?g ?m WHERE { GRAPH ?g { { SELECT ?m WHERE { VALUES ?t { ex:Mention } ?m a ?t } } } }`],
    ['a sub-select inside EXISTS', `SELECT ?p WHERE { ?p schema:name ?n FILTER EXISTS { { SELECT ?p WHERE { VALUES ?m { ex:m1 } ?m ex:hasBody ?p } } } }`],
    ['a sub-select with GROUP BY and no LIMIT (a table of kinds, as in cq4: all its groups would be made to count them)', `SELECT ?p ?kind ?n WHERE { { SELECT ?p ?kind (COUNT(?m) AS ?n) WHERE { VALUES (?t ?kind) { (ex:Mention "mention") } ?m a ?t ; ex:hasBody ?p } GROUP BY ?p ?kind } ?p schema:name ?name }`],
    ['a sub-select with ORDER BY and no LIMIT', `SELECT ?m ?p WHERE { { SELECT ?m WHERE { VALUES ?t { ex:Mention } ?m a ?t } ORDER BY ?m OFFSET 3 } ?m ex:hasBody ?p }`],
  ])('leaves alone %s', async (_, query) => {
    const r = await both(PREFIXES + query);
    expect(r).toMatchObject({ rewritten: false, asked: [] });
    expect(r.written).not.toBe('');
  });

  it('runs the query as written when a sub-select gives a blank node, which VALUES cannot hold', async () => {
    const r = await both(`${PREFIXES}SELECT ?m ?l ?p WHERE { { SELECT ?m ?l WHERE { VALUES ?m { ex:m2 } ?m ex:link ?l } } ?m ex:hasBody ?p }`);
    expect(r).toMatchObject({ rewritten: false });
    expect(r.asked).toHaveLength(1);
    expect(r.written).toContain('"bnode"');
  });

  it(`runs the query as written past ${INLINE_MAX_ROWS} solutions, having asked the store for one more at most`, async () => {
    const r = await both(`${PREFIXES}SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?i WHERE { VALUES ?t { ex:Item } ?i a ?t } } ?i a ?u }`, big);
    expect(r).toMatchObject({ rewritten: false });
    expect(r.asked[0]).toContain(`LIMIT ${INLINE_MAX_ROWS + 1}`);
    expect(r.written).toContain(`"${INLINE_MAX_ROWS + 1}"`);
  });

  it('keeps what it put in before a sub-select it cannot, and answers the same', async () => {
    const query = `${PREFIXES}SELECT ?m ?l WHERE { { SELECT ?m ?l WHERE { ${NAMES} ?m ex:hasBody ?p OPTIONAL { ?m ex:link ?l } } } }`;
    const r = await both(query);
    expect(r).toMatchObject({ rewritten: true });
    expect(r.asked).toHaveLength(2);
    expect(r.presolved).toBe(r.written);
    expect(r.written).toContain('"bnode"');
  });

  it('runs the query as written when a solution holds an IRI the project refuses as a term', async () => {
    const body = JSON.stringify({ head: { vars: ['p'] }, results: { bindings: [{ p: { type: 'uri', value: `${EX}a b` } }] } });
    const result = await presolve(await parseQuery(`${PREFIXES}SELECT * WHERE { ${NAMES} ?m ex:hasBody ?p }`), async () => ({ id: 0, ok: true, body }));
    expect(result).toEqual({ sparql: undefined });
  });

  it('gives back a timeout or a closing pool at once, without running anything more', async () => {
    for (const reason of ['timeout', 'unavailable'] as const) {
      const asked: string[] = [];
      const result = await presolve(await parseQuery(`${PREFIXES}SELECT * WHERE { ${NAMES} ?m ex:hasBody ?p }`), async (sparql) => {
        asked.push(sparql);
        return { ok: false, reason, message: reason };
      });
      expect(result).toEqual({ answer: { ok: false, reason, message: reason } });
      expect(asked).toHaveLength(1);
    }
  });
});
