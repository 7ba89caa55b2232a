// The request builders give fixed, deterministic URLs with format=json, formatversion=2 and maxlag=5.
import { describe, expect, it } from 'vitest';
import { DEFAULT_API, entitiesUrl, searchUrl } from '../../src/wikidata/urls.js';

describe('searchUrl', () => {
  it('builds wbsearchentities with its parameters in a fixed order', () => {
    expect(searchUrl(DEFAULT_API, { search: 'Tibet', language: 'en', type: 'item', limit: 5 })).toBe(
      'https://www.wikidata.org/w/api.php?action=wbsearchentities&search=Tibet&language=en&uselang=en&type=item&limit=5&format=json&formatversion=2&maxlag=5',
    );
  });

  it('encodes the search and collapses its whitespace, so that equal names give equal URLs', () => {
    const a = searchUrl(DEFAULT_API, { search: '  Lüshunkou  & Co ' });
    expect(a).toBe(searchUrl(DEFAULT_API, { search: 'Lüshunkou & Co' }));
    expect(new URL(a).searchParams.get('search')).toBe('Lüshunkou & Co');
    expect(a).toContain('limit=7');
  });
});

describe('entitiesUrl', () => {
  it('builds wbgetentities with sorted, unique ids', () => {
    expect(entitiesUrl(DEFAULT_API, ['Q17269', 'Q900001', 'Q17252', 'Q17269'])).toBe(
      'https://www.wikidata.org/w/api.php?action=wbgetentities&ids=Q17252%7CQ17269%7CQ900001' +
        '&props=labels%7Caliases%7Cdescriptions%7Cclaims&languages=en&format=json&formatversion=2&maxlag=5',
    );
  });

  it('takes props and languages', () => {
    const url = new URL(entitiesUrl('http://127.0.0.1:1/w/api.php', ['Q5'], { props: ['labels'], languages: ['en', 'mul'] }));
    expect([...url.searchParams.keys()]).toEqual(['action', 'ids', 'props', 'languages', 'format', 'formatversion', 'maxlag']);
    expect(url.searchParams.get('languages')).toBe('en|mul');
  });

  it('rejects ids that are not entity ids, and empty or oversized lists', () => {
    expect(() => entitiesUrl(DEFAULT_API, ['Q0'])).toThrow(RangeError);
    expect(() => entitiesUrl(DEFAULT_API, ['Q1&action=edit'])).toThrow(RangeError);
    expect(() => entitiesUrl(DEFAULT_API, [])).toThrow(RangeError);
    expect(() => entitiesUrl(DEFAULT_API, Array.from({ length: 51 }, (_, i) => `Q${i + 1}`))).toThrow(RangeError);
  });
});
