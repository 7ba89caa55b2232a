// The compiled shapes (src/validate/compiled.ts) say "conforms" only where both SHACL engines find nothing.
import { describe, expect, it } from 'vitest';
import { MUTATIONS } from '../../bench/inject.js';
import { rdfValidateShaclLines } from '../../bench/shacl.js';
import { Store } from '../../src/rdf/factory.js';
import { parseRdf } from '../../src/rdf/parse.js';
import { ShaclEngineValidator } from '../../src/rdf/shacl-engine.js';
import { loadShapes } from '../../src/stages/validate.js';
import { compileShapes } from '../../src/validate/compiled.js';
import { testGraphs } from '../mapped-graphs.js';

const PREFIXES = `@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix ex: <http://example.org/> .\n`;
const ttl = (text: string) => parseRdf(PREFIXES + text, 'turtle');

/** The compiled verdict for `data` under one shape on ex:Thing (true, false, or undefined: unsure). */
function verdict(constraints: string, data: string): boolean | undefined {
  const compiled = compileShapes(ttl(`ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; ${constraints} .`));
  if (!compiled) throw new Error(`did not compile: ${constraints}`);
  return compiled.conforms(ttl(`ex:a a ex:Thing . ${data}`));
}

describe('compiled shapes on the shipped shapes', () => {
  const shapes = loadShapes();
  const compiled = compileShapes(shapes.quads)!;
  const engine = new ShaclEngineValidator(shapes.quads);
  const graphs = testGraphs(4);

  it('compile', () => {
    expect(compiled).toBeDefined();
  });

  it('never say "conforms" where rdf-validate-shacl or shacl-engine report a result, and do say it for every graph they pass', async () => {
    const counts = { conforming: 0, confirmed: 0, broken: 0 };
    for (const g of graphs) {
      for (const [name, mutate] of [['none', (q: typeof g.quads) => q] as const, ...Object.entries(MUTATIONS)]) {
        const data = [...mutate(g.quads), ...g.entityQuads];
        const store = new Store(data);
        const clean = rdfValidateShaclLines(shapes, shapes.engine, store).length === 0 && ((await engine.run(store)) ?? []).length === 0;
        const says = compiled.conforms(data);
        if (says === true) expect(clean, `${g.name}: ${name}: compiled says conforms, an engine disagrees`).toBe(true);
        if (clean) {
          counts.conforming++;
          if (says === true) counts.confirmed++;
        } else counts.broken++;
      }
    }
    expect(counts.broken).toBeGreaterThan(graphs.length * 4);
    // Every graph the engines pass is proved by the compiled checks (the fast path is really taken).
    expect(counts.confirmed).toBe(counts.conforming);
  }, 240_000);
});

describe('compiled components (one shape, one node)', () => {
  const cases: [string, string, string, boolean | undefined][] = [
    ['minCount', 'sh:property [ sh:path ex:p ; sh:minCount 1 ]', 'ex:a ex:p 1 .', true],
    ['minCount unmet', 'sh:property [ sh:path ex:p ; sh:minCount 2 ]', 'ex:a ex:p 1 .', false],
    ['maxCount exceeded', 'sh:property [ sh:path ex:p ; sh:maxCount 1 ]', 'ex:a ex:p 1, 2 .', false],
    ['datatype', 'sh:property [ sh:path ex:p ; sh:datatype xsd:date ]', 'ex:a ex:p "1950-01-22"^^xsd:date .', true],
    ['datatype: 30 February', 'sh:property [ sh:path ex:p ; sh:datatype xsd:date ]', 'ex:a ex:p "1950-02-30"^^xsd:date .', false],
    ['datatype: other type', 'sh:property [ sh:path ex:p ; sh:datatype xsd:date ]', 'ex:a ex:p "1950" .', false],
    ['datatype unknown here', 'sh:property [ sh:path ex:p ; sh:datatype xsd:float ]', 'ex:a ex:p "1.5"^^xsd:float .', undefined],
    ['nodeKind IRI on a literal', 'sh:property [ sh:path ex:p ; sh:nodeKind sh:IRI ]', 'ex:a ex:p "x" .', false],
    ['class', 'sh:property [ sh:path ex:p ; sh:class ex:C ]', 'ex:a ex:p ex:b . ex:b a ex:C .', true],
    ['class missing', 'sh:property [ sh:path ex:p ; sh:class ex:C ]', 'ex:a ex:p ex:b .', false],
    ['languageIn', 'sh:property [ sh:path ex:p ; sh:languageIn ( "en" ) ]', 'ex:a ex:p "x"@en-GB .', true],
    ['languageIn other', 'sh:property [ sh:path ex:p ; sh:languageIn ( "en" ) ]', 'ex:a ex:p "x"@ru .', false],
    ['in', 'sh:property [ sh:path ex:p ; sh:in ( "a" "b" ) ]', 'ex:a ex:p "c" .', false],
    ['hasValue', 'sh:property [ sh:path ex:p ; sh:hasValue ex:v ]', 'ex:a ex:p ex:w .', false],
    ['pattern', 'sh:property [ sh:path ex:p ; sh:pattern "^[0-9a-f]{4}$" ]', 'ex:a ex:p "00ff" .', true],
    ['pattern unmet', 'sh:property [ sh:path ex:p ; sh:pattern "^[0-9a-f]{4}$" ]', 'ex:a ex:p "00FF" .', false],
    ['minLength with an astral character', 'sh:property [ sh:path ex:p ; sh:minLength 2 ]', 'ex:a ex:p "\u{1F600}" .', undefined],
    ['or', 'sh:property [ sh:path ex:p ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ]', 'ex:a ex:p "1950"^^xsd:gYear .', true],
    ['or unmet', 'sh:property [ sh:path ex:p ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ]', 'ex:a ex:p "1950" .', false],
    ['sequence path', 'sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ]', 'ex:a ex:p ex:b . ex:b ex:q 1 .', true],
    ['equals', 'sh:property [ sh:path ex:p ; sh:equals ex:q ]', 'ex:a ex:p 1 ; ex:q 2 .', false],
    ['lessThanOrEquals dateTimes', 'sh:property [ sh:path ex:p ; sh:lessThanOrEquals ex:q ]', 'ex:a ex:p "1950-01-02T00:00:00"^^xsd:dateTime ; ex:q "1950-01-01T23:59:59"^^xsd:dateTime .', false],
    ['lessThan with zones', 'sh:property [ sh:path ex:p ; sh:lessThan ex:q ]', 'ex:a ex:p "1950-01-02T00:00:00Z"^^xsd:dateTime ; ex:q "1950-01-03T00:00:00+03:00"^^xsd:dateTime .', undefined],
    ['minInclusive', 'sh:property [ sh:path ex:p ; sh:minInclusive 0 ]', 'ex:a ex:p -1.5 .', false],
    ['qualified', 'sh:property [ sh:path ex:p ; sh:qualifiedValueShape [ sh:class ex:C ] ; sh:qualifiedMinCount 1 ]', 'ex:a ex:p ex:b .', false],
  ];
  for (const [name, constraints, data, expected] of cases) {
    it(name, () => {
      expect(verdict(constraints, data)).toBe(expected);
    });
  }

  it('leave subclass reasoning to the engines', () => {
    expect(verdict('sh:property [ sh:path ex:p ; sh:class ex:C ]', 'ex:a ex:p ex:b . ex:b a ex:D . ex:D rdfs:subClassOf ex:C .')).toBeUndefined();
  });

  it('do not compile shapes using what they do not implement: the engines then always run', () => {
    for (const s of ['sh:targetNode ex:a', 'sh:not [ sh:class ex:C ]', 'sh:closed true', 'sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ]', 'sh:xone ( [ sh:class ex:C ] )']) {
      expect(compileShapes(ttl(`ex:S a sh:NodeShape ; sh:targetClass ex:Thing ; ${s} .`)), s).toBeUndefined();
    }
  });
});
