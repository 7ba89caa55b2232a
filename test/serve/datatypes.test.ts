// Which answer variables get their file datatype back from the embedded store (xsd:integer → xsd:nonNegativeInteger).
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/rdf/comunica.js';
import { NS } from '../../src/rdf/namespaces.js';
import { retypedVariables } from '../../src/serve/datatypes.js';

const NNI = `${NS.xsd}nonNegativeInteger`;
const POSITIVE = `${NS.xsd}positiveInteger`;
const TYPED = new Map([[`${NS.oa}start`, NNI], [`${NS.oa}end`, NNI], [`${NS.lod}count`, POSITIVE]]);
const P = `PREFIX oa: <${NS.oa}> PREFIX lod: <${NS.lod}> PREFIX schema: <${NS.schema}>`;
const retyped = async (q: string) => retypedVariables(await parseQuery(`${P} ${q}`), TYPED);

describe('retypedVariables', () => {
  it('gives back the datatype of a variable bound only as the object of such a predicate', async () => {
    expect(await retyped('SELECT ?s ?start ?end WHERE { ?s oa:start ?start OPTIONAL { ?s oa:end ?end } }')).toEqual({ start: NNI, end: NNI });
    expect(await retyped('SELECT * WHERE { { ?s oa:start ?n } UNION { ?s oa:end ?n } }')).toEqual({ n: NNI });
    expect(await retyped('SELECT ?x WHERE { { SELECT ?x WHERE { ?s oa:start ?x } ORDER BY ?x LIMIT 3 } }')).toEqual({ x: NNI });
    // a sequence path is a chain of triple patterns: its end is still an object of oa:start
    expect(await retyped('SELECT ?x WHERE { ?s oa:hasSelector/oa:start ?x }')).toEqual({ x: NNI });
  });

  it('follows (?x AS ?y), MIN, MAX and SAMPLE, which keep the value', async () => {
    expect(await retyped('SELECT (?x AS ?y) WHERE { ?s oa:start ?x }')).toEqual({ x: NNI, y: NNI });
    expect(await retyped('SELECT (MIN(?x) AS ?first) (MAX(?x) AS ?last) (SAMPLE(?x) AS ?any) WHERE { ?s oa:start ?x }')).toMatchObject({ first: NNI, last: NNI, any: NNI });
  });

  it('leaves alone what is bound any other way: COUNT, arithmetic, VALUES, other predicates, paths, two datatypes', async () => {
    expect(await retyped('SELECT (COUNT(?x) AS ?n) (SUM(?x) AS ?sum) WHERE { ?s oa:start ?x }')).not.toHaveProperty('n');
    expect(await retyped('SELECT (COUNT(?x) AS ?n) (SUM(?x) AS ?sum) WHERE { ?s oa:start ?x }')).not.toHaveProperty('sum');
    expect(await retyped('SELECT ?y WHERE { ?s oa:start ?x BIND (?x + 1 AS ?y) }')).toEqual({ x: NNI });
    expect(await retyped('SELECT ?x WHERE { VALUES ?x { 1 } ?s oa:start ?x }')).toEqual({});
    expect(await retyped('SELECT ?x WHERE { ?s oa:start ?x . ?t schema:position ?x }')).toEqual({});
    expect(await retyped('SELECT ?x WHERE { ?s oa:start|oa:end ?x }')).toEqual({});
    expect(await retyped('SELECT ?x WHERE { { ?s oa:start ?x } UNION { ?s lod:count ?x } }')).toEqual({});
    expect(retypedVariables(await parseQuery(`${P} SELECT ?x WHERE { ?s oa:start ?x }`), new Map())).toEqual({});
  });
});
