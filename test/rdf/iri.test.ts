// IRI checking, percent-encoding, slugs and safe file names: hand-worked cases with pinned messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidIriError,
  assertIri,
  encodeIriComponent,
  iriProblem,
  iriProblemByCharacter,
  isIri,
  isSafeFileName,
  safeFileName,
  slugify,
  wellFormed,
} from '../../src/rdf/iri.js';

describe('assertIri', () => {
  it.each([
    ['http://a b', 'Invalid IRI "http://a b": contains a space'],
    ['http://a/\u0000', 'Invalid IRI "http://a/\\u0000": contains a control character U+0000'],
    ['http://a/\n', 'Invalid IRI "http://a/\\n": contains a control character U+000A'],
    ['http://a/\u001f', 'Invalid IRI "http://a/\\u001f": contains a control character U+001F'],
    ['http://a/\u007f', 'Invalid IRI "http://a/\u007f": contains a control character U+007F'],
    ['http://a/\u0085', 'Invalid IRI "http://a/\u0085": contains a control character U+0085'],
    ['http://a/\u009f', 'Invalid IRI "http://a/\u009f": contains a control character U+009F'],
    ['http://a/<', `Invalid IRI "http://a/<": contains a forbidden character '<' (U+003C)`],
    ['http://a/>', `Invalid IRI "http://a/>": contains a forbidden character '>' (U+003E)`],
    ['http://a/"', `Invalid IRI "http://a/\\"": contains a forbidden character '"' (U+0022)`],
    ['http://a/{', `Invalid IRI "http://a/{": contains a forbidden character '{' (U+007B)`],
    ['http://a/}', `Invalid IRI "http://a/}": contains a forbidden character '}' (U+007D)`],
    ['http://a/|', `Invalid IRI "http://a/|": contains a forbidden character '|' (U+007C)`],
    ['http://a/\\', `Invalid IRI "http://a/\\\\": contains a forbidden character '\\' (U+005C)`],
    ['http://a/^', `Invalid IRI "http://a/^": contains a forbidden character '^' (U+005E)`],
    ['http://a/`', "Invalid IRI \"http://a/`\": contains a forbidden character '`' (U+0060)"],
    ['http://a/\ud800', 'Invalid IRI "http://a/\\ud800": contains a lone surrogate U+D800'],
    ['http://a/\udc00x', 'Invalid IRI "http://a/\\udc00x": contains a lone surrogate U+DC00'],
    ['http://a/%zz', `Invalid IRI "http://a/%zz": contains a '%' not followed by two hex digits`],
    ['http://a/%4', `Invalid IRI "http://a/%4": contains a '%' not followed by two hex digits`],
    ['', 'Invalid IRI "": is empty'],
    ['person/joseph-stalin', 'Invalid IRI "person/joseph-stalin": is not absolute (no scheme)'],
    ['//example.org/x', 'Invalid IRI "//example.org/x": is not absolute (no scheme)'],
    ['#frag', 'Invalid IRI "#frag": is not absolute (no scheme)'],
    ['1http://x', 'Invalid IRI "1http://x": is not absolute (no scheme)'],
  ])('rejects %j', (iri, message) => {
    expect(() => assertIri(iri)).toThrow(new InvalidIriError(iri, iriProblem(iri) ?? ''));
    expect(() => assertIri(iri)).toThrowError(message);
    try {
      assertIri(iri);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidIriError);
      expect((e as InvalidIriError).message).toBe(message);
      expect((e as InvalidIriError).iri).toBe(iri);
      expect((e as InvalidIriError).name).toBe('InvalidIriError');
    }
  });

  it.each([
    'http://www.cidoc-crm.org/cidoc-crm/P4_has_time-span',
    'https://w3id.org/lodscribe/person/joseph-stalin',
    'http://www.wikidata.org/entity/Q855',
    'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66',
    'https://w3id.org/lodscribe/place/旅顺口',
    'https://example.org/%E2%80%94?q=1#frag',
    'https://example.org/\ud83d\ude00',
    'mailto:someone@example.org',
  ])('accepts %j', (iri) => {
    expect(() => assertIri(iri)).not.toThrow();
    expect(isIri(iri)).toBe(true);
  });
});

describe('iriProblem', () => {
  it('agrees with the check character by character on arbitrary strings (its quick path accepts nothing more)', () => {
    const piece = fc.oneof(fc.constantFrom('http://', 'urn:', 'a:', '1a:', ':', '%', '%2F', '%zz', ' ', '<', '"', '\\', '^', '`', '\u0085', '\u007f', '\ud800', '\udc00', '\ud83d\ude00', 'é'), fc.string({ unit: 'binary', maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), (s) => {
      expect(iriProblem(s)).toBe(iriProblemByCharacter(s));
    }), { numRuns: 5000, seed: 3987 });
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates only', () => {
    expect(wellFormed('a\ud800b\udc00c\ud83d\ude00')).toBe('a\ufffdb\ufffdc\ud83d\ude00');
  });
});

describe('encodeIriComponent', () => {
  it.each([
    ['joseph-stalin', 'joseph-stalin'],
    ['A.b_c~d-1', 'A.b_c~d-1'],
    ['a b', 'a%20b'],
    ['a/b', 'a%2Fb'],
    ['100%', '100%25'],
    ['?#[]@!$&\'()*+,;=:', '%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%3A'],
    ['Lüshunkou', 'Lüshunkou'],
    ['Lu\u0308shunkou', 'Lüshunkou'], // NFC first
    ['旅顺口', '旅顺口'],
    ['محمد', 'محمد'],
    ['\u202Eabc', '%E2%80%AEabc'], // bidi override is not a letter
    ['a\u00a0b', 'a%C2%A0b'],
    ['—', '%E2%80%94'],
    ['\ud83d\ude00', '%F0%9F%98%80'],
    ['\ud800', '%EF%BF%BD'],
    ['__proto__', '__proto__'],
    ['', ''],
    ['..', '..'],
  ])('%j → %j', (input, expected) => {
    expect(encodeIriComponent(input)).toBe(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['Lüshunkou', 'lushunkou'],
    ['Chiang Kai-shek', 'chiang-kai-shek'],
    ['Joseph Stalin', 'joseph-stalin'],
    ['A. Ya. Vyshinsky', 'a-ya-vyshinsky'],
    ['Dalny [Dairen; Dalian]', 'dalny-dairen-dalian'],
    ['  --Zhou   Enlai--  ', 'zhou-enlai'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['Đorđe', 'dorde'],
    ['Œuvre', 'oeuvre'],
    ['İstanbul', 'istanbul'],
    ['ﬁne ＡＢＣ', 'fine-abc'],
    ['Xi\u2019an', 'xi-an'],
    ['__proto__', 'proto'],
    ['Mao Zedong (毛泽东)', 'mao-zedong'],
    ['毛泽东', 'x-e540426218df'],
    ['محمد', 'x-0cb4c9b21062'],
    ['Молотов', 'x-19fcba2190ce'],
    ['', 'x-e3b0c44298fc'],
    ['---', 'x-cb3f91d54eee'],
    ['\ud800', 'x-83d544ccc223'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('cuts at 80 characters without a trailing dash', () => {
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(80));
    expect(slugify(`${'a'.repeat(79)} bcd`)).toBe('a'.repeat(79));
  });

  it('is the same for canonically equivalent input', () => {
    expect(slugify('Lu\u0308shunkou')).toBe(slugify('L\u00fcshunkou'));
  });
});

describe('safeFileName', () => {
  it.each([
    ['111245', '111245'],
    ['doc-61cf9e0859bf9235', 'doc-61cf9e0859bf9235'],
    ['a.b_c-d', 'a.b_c-d'],
    ['__proto__', '__proto__'],
    ['../../etc/passwd', 'etc-passwd-3754d6cb3a38'],
    ['.hidden', 'hidden-1692419006a8'],
    ['..', 'x-5ec1f7e700f3'],
    ['.', 'x-cdb4ee2aea69'],
    ['', 'x-e3b0c44298fc'],
    ['ABC-123', 'abc-123-4d156d7bc9c3'],
    ['con', 'con-1143da2bc54c'],
    ['record 1/2', 'record-1-2-99ef5d777ee4'],
    ['毛泽东', 'x-e540426218df'],
    ['محمد', 'x-0cb4c9b21062'],
    ['a'.repeat(130), `${'a'.repeat(100)}-1e3c4f4750c8`],
  ])('%j → %j', (input, expected) => {
    const name = safeFileName(input);
    expect(name).toBe(expected);
    expect(isSafeFileName(name)).toBe(true);
  });

  it('keeps a valid name of exactly 120 characters and rejects trailing dots', () => {
    expect(safeFileName('a'.repeat(120))).toBe('a'.repeat(120));
    expect(isSafeFileName('abc.')).toBe(false);
    expect(isSafeFileName('nul.txt')).toBe(false);
  });
});
