// Item 6: for 10,000 random titles, labels and texts every SPARQL request the project builds is exactly one operation,
// and the HTML views create no element or attribute from data.
import { Parser } from '@traqula/parser-sparql-1-2';
import fc from 'fast-check';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { html, link, raw, safeHref } from '../../src/serve/html.js';
import { markUp, type Span } from '../../src/serve/spans.js';
import { literal, quad, type Literal, type NamedNode, type Quad } from '../../src/rdf/factory.js';
import { slugify, wellFormed } from '../../src/rdf/iri.js';
import { recordId } from '../../src/stages/ingest.js';
import { mint, schema, xsd } from '../../src/rdf/namespaces.js';
import { constructQuery, countQuery, dropGraph, insertBound, insertData, moveGraph, nTriples } from '../../src/store/sparql.js';

/** The SPARQL 1.2 parser Comunica itself uses (@comunica/actor-query-parse-sparql depends on it). */
const parser = new Parser();
const m = mint('https://example.org/lod/');
const HOSTILE = fc.constantFrom('} } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #', '"""', "'''", '\\', '\\"', '\n', '\r', '\u0000', '\u001b', '\ud800', '>', '<', '#', '.', ';', '{', '}', '__proto__', 'e\u0301', '\u2028');
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.oneof(HOSTILE, fc.string({ maxLength: 6 })), { maxLength: 8 }).map((a) => a.join('')));
const LANGS = ['en', 'ru', 'zh-Hans', 'de-CH', 'x-private'];
const TYPED = [[xsd.date, '1950-02-30'], [xsd.duration, 'PT2H'], [xsd.integer, '-0'], [xsd.gYear, '1950']] as const;

/** A triple made of a title, a label and a text: an entity minted from the label, its name, and a typed value. */
const triple = fc.record({ title: text, label: text, body: text, lang: fc.constantFrom(...LANGS), typed: fc.constantFrom(...TYPED) });

interface Term { type: string; subType: string; value: string; langOrIri?: string | { value: string } }
interface Operation { subType: string; data?: { graph: Term; triples: { triples: { subject: Term; predicate: Term; object: Term }[] } }[] }

/** IRIs minted as the project mints them: record ids as ingest makes them, entity names slugified. */
const recordIri = (title: string, label: string) => m.recordEntity(recordId('x.txt', title), 'person', slugify(label));
const graphOf = (title: string) => m.graph(recordId('x.txt', title)).value;

/** Parses `sparql` and returns its one operation (update) or query; anything else fails the test. */
function one(sparql: string): Operation | { type: 'query' } {
  const parsed = parser.parse(sparql) as { type: string; updates?: { operation: Operation }[] };
  if (parsed.type === 'query') return { type: 'query' };
  if (parsed.updates?.length !== 1) throw new Error(`${parsed.updates?.length} operations in ${JSON.stringify(sparql)}`);
  return parsed.updates[0]!.operation;
}

function sameLiteral(parsed: Term, expected: Literal): boolean {
  const tag = typeof parsed.langOrIri === 'string' ? parsed.langOrIri : undefined;
  const dt = typeof parsed.langOrIri === 'object' ? parsed.langOrIri.value : undefined;
  const datatypeOk = expected.language !== '' || expected.datatype.equals(xsd.string) ? dt === undefined : dt === expected.datatype.value;
  return parsed.value === wellFormed(expected.value) && (tag ?? '') === expected.language.toLowerCase() && datatypeOk;
}

describe('SPARQL built from hostile data (src/store/sparql.ts)', () => {
  it('INSERT DATA holds exactly the quads given, and every other request is one operation (10,000 cases)', () => {
    let n = 0;
    fc.assert(fc.property(triple, ({ title, label, body, lang, typed }) => {
      const graph = graphOf(title);
      const subject = recordIri(title, label);
      const quads: Quad[] = [quad(subject, schema.name, literal(label, lang)), quad(subject, schema.text, literal(body)), quad(subject, schema.sameAs, m.entity('place', slugify(body)))];
      const op = one(insertData(graph, quads)) as Operation;
      const data = op.data?.[0];
      expect(op.subType).toBe('insertdata');
      expect(data?.graph.value).toBe(graph);
      const parsed = data?.triples.triples ?? [];
      expect(parsed).toHaveLength(3);
      parsed.forEach((t, i) => {
        const q = quads[i]!;
        expect([t.subject.value, t.predicate.value]).toEqual([q.subject.value, q.predicate.value]);
        if (q.object.termType === 'Literal') expect(sameLiteral(t.object, q.object), JSON.stringify(t.object)).toBe(true);
        else expect(t.object.value).toBe(q.object.value);
      });
      const other = graphOf(`${body}/staging`);
      const requests = [dropGraph(graph), moveGraph(other, graph), countQuery(graph), constructQuery(other), insertBound(graph, [quad(subject, schema.startDate, literal(typed[1], typed[0]))])];
      one(requests[n++ % requests.length]!);
    }), { numRuns: 10_000, seed: 31337 });
  }, 120_000);

  it('the Graph Store body (N-Triples) reads back as exactly the triples given (2,000 cases, oxigraph)', () => {
    fc.assert(fc.property(triple, ({ title, label, body, lang }) => {
      const s = recordIri(title, label) as NamedNode;
      const quads = [quad(s, schema.name, literal(label, lang)), quad(s, schema.text, literal(body))];
      const read = oxigraph.parse(nTriples(quads), { format: 'application/n-triples' });
      try {
        expect(read).toHaveLength(2);
        expect(read.map((q) => q.object.value)).toEqual([wellFormed(label).normalize('NFC'), wellFormed(body).normalize('NFC')]);
      } finally {
        read.forEach((q) => (q as unknown as { free(): void }).free());
      }
    }), { numRuns: 2_000, seed: 4242 });
  });
});

/** The markup of `out`: tag names and attribute names in order; throws where a '<' or '>' stands outside a well-formed tag. */
function skeleton(out: string): string[] {
  const tags: string[] = [];
  const rest = out.replace(/<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/g, (_m, slash: string, name: string, attrs: string) => {
    tags.push(`${slash}${name}${[...attrs.matchAll(/\s+([a-z-]+)="[^"]*"/g)].map((a) => ` ${a[1]}`).join('')}`);
    return '';
  });
  if (/[<>]/.test(rest)) throw new Error(`markup outside a tag in ${JSON.stringify(out)}`);
  return tags;
}

describe('HTML views built from hostile data (src/serve/html.ts, spans.ts)', () => {
  const hostileHtml = fc.oneof(text, fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", 'http://a.example/"onclick="x', 'javascript:alert(1)', '&lt;b&gt;'));
  it('create no element and no attribute from data (10,000 cases)', () => {
    fc.assert(fc.property(hostileHtml, hostileHtml, fc.nat(40), fc.nat(40), (value, url, a, b) => {
      expect(skeleton(html`<p title="${value}">${value}</p>`.value)).toEqual(['p title', '/p']);
      const linked = skeleton(link(url, value).value);
      expect(linked).toEqual(safeHref(url) === undefined ? [] : url.startsWith('/') ? ['a href', '/a'] : ['a href rel', '/a']);
      const [start, end] = a <= b ? [a, b] : [b, a];
      const spans: Span[] = [{ start, end, open: html`<a href="${'/x'}">`, close: raw('</a>'), link: true, rank: 1 }];
      const marked = skeleton(markUp(value, spans).value);
      expect(marked.filter((t) => t !== 'a href' && t !== '/a')).toEqual([]);
    }), { numRuns: 10_000 });
  });
});
