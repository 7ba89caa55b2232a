// Our N-Quads text against n3's Writer (the reference), on arbitrary terms: same statements, byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankNode, defaultGraph, literal, namedNode, quad, Writer, type Quad } from '../../src/rdf/factory.js';
import { iriProblem } from '../../src/rdf/iri.js';
import { rdf, xsd } from '../../src/rdf/namespaces.js';
import { NQuadsText } from '../../src/rdf/nquads-text.js';
import { escapeControls, nQuadLine, nQuadLines, toNQuads } from '../../src/rdf/serialize.js';

const text = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a0', '\ufffe', '\uffff', '\ud83d\ude00', 'é', 'x'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 12 });
const iri = fc.oneof(
  fc.constantFrom(rdf.type.value, xsd.string.value, 'https://w3id.org/lodscribe/record/1', 'https://w3id.org/lodscribe/record/1/turn/10'),
  text.map((t) => `https://example.org/${t}`).filter((t) => iriProblem(t) === undefined),
);
const named = iri.map((i) => namedNode(i));
const lit = fc.oneof(
  text.map((t) => literal(t)),
  fc.tuple(text, fc.constantFrom('en', 'de-CH', 'ZH-Hant')).map(([t, l]) => literal(t, l)),
  fc.tuple(text, named).map(([t, d]) => literal(t, d)),
);
const subject = fc.oneof(named, fc.constantFrom(blankNode('b0'), blankNode('x_1')));
const quads = fc.array(fc.tuple(subject, named, fc.oneof(named, lit, subject), fc.oneof(named, fc.constant(defaultGraph()))).map(([s, p, o, g]) => quad(s, p, o, g)), { maxLength: 20 });

/** n3's canonical N-Quads, with the C1 controls it leaves raw escaped (as lodscribe has always written them). */
const reference = (qs: readonly Quad[]): string => escapeControls(new Writer({ format: 'N-Quads' }).quadsToString([...qs]));

describe('N-Quads text', () => {
  it("is n3's canonical N-Quads, byte for byte, for arbitrary IRIs, blank nodes and literals", () => {
    fc.assert(fc.property(quads, (qs) => {
      expect(new NQuadsText(() => {}).lines(qs)).toBe(reference(qs));
    }), { numRuns: 2000, seed: 1950 });
  });

  it('escapes quotes, backslashes, controls, DEL, C1 controls and U+FFFE/U+FFFF in literals, and nothing else', () => {
    const s = namedNode('https://example.org/s');
    const line = nQuadLine(quad(s, rdf.value, literal('a"b\\c\nd\u0007e\u007ff\u0085g\ufffeh😀é')));
    expect(line).toBe('<https://example.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> "a\\"b\\\\c\\nd\\u0007e\\u007Ff\\u0085g\\uFFFEh😀é" .');
  });

  it('checks each distinct term once, in line order', () => {
    const a = namedNode('https://example.org/a');
    const seen: string[] = [];
    new NQuadsText((t) => seen.push(t.value)).lines([quad(a, rdf.type, a), quad(a, rdf.value, literal('1', xsd.integer))]);
    expect(seen).toEqual([a.value, rdf.type.value, rdf.value.value, '1']);
  });

  it('gives the lines of a list of quads as one line each would, in the same order', () => {
    fc.assert(fc.property(quads, (qs) => {
      expect(nQuadLines(qs)).toEqual(qs.map(nQuadLine));
    }), { numRuns: 300, seed: 1949 });
  });

  it('sorts and de-duplicates before writing', () => {
    const a = namedNode('https://example.org/a');
    const b = namedNode('https://example.org/b');
    expect(toNQuads([quad(b, rdf.value, a), quad(a, rdf.value, b), quad(b, rdf.value, a)])).toBe(
      `<${a.value}> <${rdf.value.value}> <${b.value}> .\n<${b.value}> <${rdf.value.value}> <${a.value}> .\n`,
    );
  });
});
