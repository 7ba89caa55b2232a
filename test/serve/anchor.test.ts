// Placing mentions (TextPositionSelector offsets into the source, checked by TextQuoteSelector) in a segment's text.
import { describe, expect, it } from 'vitest';
import { findAll, placeQuotes, type Quote } from '../../src/serve/anchor.js';
import { editorialRanges } from '../../src/serve/pages/segment.js';

const cp = (s: string): number => Array.from(s).length;

/** A quote for `exact` found at code point `at` of `source`, with 8 code points of context. */
function quote(source: string, exact: string, occurrence = 0): Quote {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) i = source.indexOf(exact, i + 1);
  const start = cp(source.slice(0, i));
  const points = Array.from(source);
  const end = start + cp(exact);
  return { start, end, exact, prefix: points.slice(Math.max(0, start - 8), start).join(''), suffix: points.slice(end, end + 8).join('') };
}

describe('placeQuotes', () => {
  const source = 'Title line\nStalin: 𝔘 The USSR and the USSR; Dalny [Dairen].\nMao Zedong: The USSR.';
  const turnText = '𝔘 The USSR and the USSR; Dalny [Dairen].';
  const turnStart = cp(source.slice(0, source.indexOf(turnText)));

  it('shifts source offsets by the segment start, counting code points (an astral character precedes)', () => {
    const quotes = [quote(source, 'USSR', 0), quote(source, 'USSR', 1), quote(source, 'Dairen')];
    const at = (exact: string, from = 0): number => cp(turnText.slice(0, turnText.indexOf(exact, from)));
    expect(placeQuotes(turnText, quotes)).toEqual([
      { start: at('USSR'), end: at('USSR') + 4 },
      { start: at('USSR', 10), end: at('USSR', 10) + 4 },
      { start: at('Dairen'), end: at('Dairen') + 6 },
    ]);
    expect([turnStart, at('USSR'), at('USSR', 10)]).toEqual([19, 6, 19]);
  });

  it('leaves out a quote that lies outside the text (the speaker label) even when its words occur in it', () => {
    const text = 'We agree with Stalin.';
    const src = `Stalin: ${text}`;
    const label = quote(src, 'Stalin', 0);
    const inText = quote(src, 'Stalin', 1);
    expect(placeQuotes(text, [label, inText])).toEqual([undefined, { start: 14, end: 20 }]);
  });

  it('falls back on the quote and its context when the text is not one slice of the source', () => {
    const src = 'Stalin: A [email protected] word. The USSR agrees.';
    const printed = 'A  word. The USSR agrees.';
    const q = quote(src, 'USSR');
    expect(placeQuotes(printed, [q])).toEqual([{ start: 13, end: 17 }]);
  });

  it('picks the occurrence whose prefix and suffix agree', () => {
    const text = 'China and China and China';
    const q: Quote = { start: 1000, end: 1005, exact: 'China', prefix: 'and ', suffix: ' and' };
    expect(placeQuotes(text, [q])).toEqual([{ start: 10, end: 15 }]);
  });

  it('places nothing for a quote whose text is absent', () => {
    expect(placeQuotes('nothing here', [{ start: 3, end: 7, exact: 'USSR' }])).toEqual([undefined]);
  });
});

describe('findAll and the editorial layer', () => {
  it('finds every occurrence, longest needles first, never overlapping', () => {
    expect(findAll('[a] x [a b] [a]', [{ text: '[a]' }, { text: '[a b]' }]).map((r) => [r.start, r.end])).toEqual([[0, 3], [6, 11], [12, 15]]);
  });

  it('marks the notes as printed with their kind, and any other bracket as "other"', () => {
    const text = 'ask [Soviet Foreign Minister Andrei] Vyshinskii and [a] man [?] and 𝔘 /Karskii/';
    const notes = [{ text: '[Soviet Foreign Minister Andrei]', kind: 'role-gloss' }, { text: '/Karskii/', kind: 'pseudonym' }, { text: '[a]', kind: 'supplied-word' }];
    expect(editorialRanges(text, notes)).toEqual([
      { start: 4, end: 36, kind: 'role-gloss' },
      { start: 52, end: 55, kind: 'supplied-word' },
      { start: 60, end: 63, kind: 'other' },
      { start: 70, end: 79, kind: 'pseudonym' },
    ]);
  });
});
