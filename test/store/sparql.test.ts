// The SPARQL serializer: escaping, IRI checks, and every built request parsing as exactly one operation (traqula).
import { Parser as SparqlParser } from '@traqula/parser-sparql-1-1';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankNode, literal, namedNode, quad } from '../../src/rdf/factory.js';
import { InvalidIriError } from '../../src/rdf/iri.js';
import { constructQuery, countQuery, dropGraph, insertBound, insertData, iriRef, literalText, moveGraph, nTriples, stringLiteral, termText } from '../../src/store/sparql.js';

const parser = new SparqlParser();
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const G = 'https://w3id.org/lodscribe/graph/record/r1';
const s = namedNode('https://w3id.org/lodscribe/record/r1');
const p = namedNode('http://schema.org/text');

interface Parsed { type: string; updates?: { operation: { subType: string; data?: { triples: { triples: { object: { value: string; langOrIri?: unknown } }[] } }[] } }[] }
const parse = (text: string): Parsed => parser.parse(text) as unknown as Parsed;

/** Asserts one update operation of `subType` and returns it. */
function oneOperation(text: string, subType: string) {
  const ast = parse(text);
  expect(ast.type).toBe('update');
  expect(ast.updates).toHaveLength(1);
  expect(ast.updates?.[0]?.operation.subType).toBe(subType);
  return ast.updates?.[0]?.operation;
}

describe('terms', () => {
  it('escapes quotes, backslashes, line ends and controls per the SPARQL grammar', () => {
    expect(stringLiteral('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(stringLiteral('nul\u0000 del\u007f')).toBe('"nul\\u0000 del\\u007F"');
    expect(stringLiteral('毛泽东 😀')).toBe('"毛泽东 😀"');
    expect(stringLiteral('lone \uD800')).toBe('"lone \uFFFD"');
  });

  it('renders literals with language tags and datatypes; xsd:string stays implicit', () => {
    expect(literalText(literal('x', 'en-GB'))).toBe('"x"@en-gb'); // n3 keeps tags in lower case
    expect(literalText(literal('42', namedNode(`${XSD}integer`)))).toBe(`"42"^^<${XSD}integer>`);
    expect(literalText(literal('x', namedNode(`${XSD}string`)))).toBe('"x"');
  });

  it('refuses IRIs that could break out of <…> and blank nodes', () => {
    expect(() => iriRef('http://x/> } ; DROP ALL ; INSERT DATA { <http://y')).toThrow(InvalidIriError);
    expect(() => iriRef('relative/path')).toThrow(/not absolute/);
    expect(() => iriRef('http://x/a b')).toThrow(/space/);
    expect(() => termText(blankNode('b1'))).toThrow(/skolemise/);
  });
});

describe('requests', () => {
  const quads = [quad(s, p, literal('Turn 1: "} ; DROP ALL #', 'en')), quad(s, p, literal('line\nbreak'))];

  it('each builder gives exactly one operation or query', () => {
    oneOperation(dropGraph(G), 'drop');
    oneOperation(insertData(G, quads), 'insertdata');
    oneOperation(moveGraph(`urn:lodscribe:staging:abc`, G), 'move');
    oneOperation(insertBound(G, [quad(s, p, literal('PT2H', namedNode(`${XSD}duration`)))]), 'modify');
    expect(parse(countQuery(G))).toMatchObject({ type: 'query', subType: 'select' });
    expect(parse(constructQuery(G))).toMatchObject({ type: 'query', subType: 'construct' });
  });

  it('DROP is SILENT, MOVE is not (a MOVE is only resent after looking at both graphs)', () => {
    expect(dropGraph(G)).toBe(`DROP SILENT GRAPH <${G}>`);
    expect(moveGraph('urn:a', G)).toBe(`MOVE GRAPH <urn:a> TO GRAPH <${G}>`);
  });

  it('N-Triples bodies use the same checked terms', () => {
    expect(nTriples(quads)).toBe(`<${s.value}> <${p.value}> "Turn 1: \\"} ; DROP ALL #"@en .\n<${s.value}> <${p.value}> "line\\nbreak" .\n`);
  });

  it('any literal value and language tag round-trips through INSERT DATA as one operation', () => {
    const tag = fc.stringMatching(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,2}$/);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.option(tag, { nil: undefined }), (value, lang) => {
        const lit = lang === undefined ? literal(value) : literal(value, lang);
        const op = oneOperation(insertData(G, [quad(s, p, lit)]), 'insertdata');
        const object = op?.data?.[0]?.triples.triples[0]?.object;
        expect(object?.value).toBe(lit.value);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings, including control characters and SPARQL syntax, stay inside the literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const lit = literal(value);
        const op = oneOperation(insertData(G, [quad(s, p, lit)]), 'insertdata');
        expect(op?.data?.[0]?.triples.triples[0]?.object.value).toBe(lit.value);
      }),
      { numRuns: 300 },
    );
  });
});
