// The embedded store (Oxigraph): the example loads whole, and every quad comes back as the file has it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NS } from '../../src/rdf/namespaces.js';
import { EmbeddedStore } from '../../src/rdf/oxigraph.js';
import { storeJson } from '../../src/rdf/oxigraph-results.js';
import { parseRdf } from '../../src/rdf/parse.js';
import { nQuadLine } from '../../src/rdf/serialize.js';
import { ROOT } from '../helpers.js';

const DATASET = join(ROOT, 'output', 'dataset.nq');
const scratch = mkdtempSync(join(tmpdir(), 'lodscribe-embedded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('EmbeddedStore', () => {
  it('loads the example and gives back every quad with the datatype the file has', async () => {
    const store = await EmbeddedStore.load(DATASET);
    const text = readFileSync(DATASET, 'utf8');
    const fromFile = parseRdf(text, 'n-quads').map(nQuadLine).sort();
    expect(store.size).toBe(fromFile.length);
    expect([...store.typedPredicates]).toEqual(expect.arrayContaining([[`${NS.oa}start`, `${NS.xsd}nonNegativeInteger`], [`${NS.oa}end`, `${NS.xsd}nonNegativeInteger`]]));
    expect(store.typedPredicates.size).toBe(2);
    expect(store.match(null, null, null).map(nQuadLine).sort()).toEqual(fromFile);
  });

  it('retypes only predicates whose integer literals all had one rewritten datatype, and reads quotes right', async () => {
    const file = join(scratch, 'mixed.nq');
    const x = (local: string) => `<${NS.xsd}${local}>`;
    const p = (local: string) => `<${NS.lod}${local}>`;
    writeFileSync(file, [
      `<${NS.lod}a> ${p('one')} "1"^^${x('nonNegativeInteger')} .`,
      `<${NS.lod}a> ${p('mixed')} "1"^^${x('nonNegativeInteger')} .`,
      `<${NS.lod}b> ${p('mixed')} "2"^^${x('integer')} .`,
      `<${NS.lod}c> ${p('text')} "say \\"^^${x('int')} and\\\\"^^${x('positiveInteger')} <${NS.lod}g> .`,
      '',
    ].join('\n'));
    const store = await EmbeddedStore.load(file);
    expect(Object.fromEntries(store.typedPredicates)).toEqual({ [`${NS.lod}one`]: `${NS.xsd}nonNegativeInteger`, [`${NS.lod}text`]: `${NS.xsd}positiveInteger` });
    const [text] = store.match(null, null, null, null).filter((q) => q.predicate.value === `${NS.lod}text`);
    expect(text?.object.value).toBe(`say "^^${x('int')} and\\`);
  });

  it('passes a SELECT answer on as the store wrote it, and refuses one with more solutions than the cap, even of empty rows', async () => {
    const store = await EmbeddedStore.load(DATASET);
    const none = { variables: {}, predicates: new Map() };
    const answer = store.query('SELECT * WHERE { VALUES ?x { 1 2 3 } }', 'select', true);
    const empty = store.query('SELECT * WHERE { VALUES () { () () () } }', 'select', true);
    if (answer.kind !== 'json' || empty.kind !== 'json') throw new Error('a SELECT answer is SPARQL JSON');
    expect(JSON.parse(storeJson(answer.text, none, 3) ?? '').results.bindings).toHaveLength(3);
    expect(storeJson(answer.text, none, 2)).toBeUndefined();
    expect(JSON.parse(storeJson(empty.text, none, 3) ?? '').results.bindings).toEqual([{}, {}, {}]);
    expect(storeJson(empty.text, none, 2)).toBeUndefined();
    expect(storeJson(empty.text, none, 1_000)).toBe(`${empty.text}\n`);
  });

  it('reads N-Quads and N-Triples only', async () => {
    await expect(EmbeddedStore.load(join(ROOT, 'output', 'void.ttl'))).rejects.toThrow(/N-Quads/);
  });
});
