// The Accept parser and negotiation: q-values, specificity, wildcards, malformed ranges, the server's tie order.
import { describe, expect, it } from 'vitest';
import { negotiate, parseAccept, quality } from '../../src/serve/accept.js';

const RDF = ['text/turtle', 'application/ld+json', 'application/n-triples', 'text/html'] as const;
const FIREFOX = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const CHROME = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';

describe('parseAccept', () => {
  it('reads types, q-values and parameters; no header or an empty one is */*', () => {
    expect(parseAccept('text/turtle;q=0.5, Application/LD+JSON ; profile="a,b;c"')).toEqual([
      { type: 'text', subtype: 'turtle', q: 0.5, params: {} },
      { type: 'application', subtype: 'ld+json', q: 1, params: { profile: 'a,b;c' } },
    ]);
    expect(parseAccept(undefined)).toEqual([{ type: '*', subtype: '*', q: 1, params: {} }]);
    expect(parseAccept('  ')).toEqual([{ type: '*', subtype: '*', q: 1, params: {} }]);
  });

  it('leaves out malformed ranges and q-values outside the grammar', () => {
    expect(parseAccept('text, */html, text/turtle;q=2, text/turtle;q=0.5555, text/turtle;q=abc, a/b/c, text/n3;q=0.25')).toEqual([
      { type: 'text', subtype: 'n3', q: 0.25, params: {} },
    ]);
  });
});

describe('negotiate (the conneg table)', () => {
  const table: [string | undefined, string | undefined][] = [
    [undefined, 'text/turtle'],
    ['*/*', 'text/turtle'],
    ['text/turtle', 'text/turtle'],
    ['application/ld+json', 'application/ld+json'],
    ['application/n-triples', 'application/n-triples'],
    ['text/html', 'text/html'],
    [FIREFOX, 'text/html'],
    [CHROME, 'text/html'],
    ['text/html;q=0.9, text/turtle;q=0.8', 'text/html'],
    ['text/html;q=0.5, application/ld+json;q=0.6, */*;q=0.1', 'application/ld+json'],
    ['text/*;q=0.9, text/html;q=0.1', 'text/turtle'],
    ['text/*', 'text/turtle'],
    ['application/*;q=0.3, text/turtle;q=0.2', 'application/ld+json'],
    ['*/*;q=0.1, text/turtle;q=0', 'application/ld+json'],
    ['text/turtle;q=0, application/ld+json;q=0, application/n-triples;q=0, text/html;q=0, */*;q=0.5', undefined],
    ['TEXT/HTML', 'text/html'],
    ['application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"', 'application/ld+json'],
    ['image/png', undefined],
    ['application/json', undefined],
    ['text/turtle;q=0', undefined],
  ];
  it.each(table)('Accept: %s → %s', (header, expected) => {
    expect(negotiate(header, RDF)).toBe(expected);
  });

  it('gives the most specific range the say over a media type (RFC 9110 §12.5.1 example)', () => {
    const ranges = parseAccept('text/*;q=0.3, text/plain;q=0.7, text/plain;format=flowed, text/plain;format=fixed;q=0.4, */*;q=0.5');
    expect(quality(ranges, 'text/plain')).toBe(0.7);
    expect(quality(ranges, 'text/html')).toBe(0.3);
    expect(quality(ranges, 'image/jpeg')).toBe(0.5);
    expect(quality(parseAccept('text/html;level=1;q=0.4, */*;q=0.1'), 'text/html')).toBe(0.4);
  });

  it('breaks ties by the order of the offers', () => {
    expect(negotiate('text/html, text/turtle', RDF)).toBe('text/turtle');
    expect(negotiate('text/html, text/turtle', ['text/html', 'text/turtle'])).toBe('text/html');
  });
});
