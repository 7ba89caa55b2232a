// Pure IRI checking (RFC 3987 subset), deterministic percent-encoding, slugs and safe file names; no RDF library.
import { createHash } from 'node:crypto';

/** Thrown when a string is not an IRI we are willing to put into a graph. */
export class InvalidIriError extends Error {
  override readonly name = 'InvalidIriError';
  constructor(
    readonly iri: string,
    readonly reason: string,
    what = 'IRI',
  ) {
    super(`Invalid ${what} ${JSON.stringify(iri)}: ${reason}`);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const FORBIDDEN = '<>"{}|\\^`';

/** Replace every lone UTF-16 surrogate by U+FFFD (String.prototype.toWellFormed for ES2023 targets). */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

const hex4 = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** IRIs already found acceptable (names recur: predicates, classes, entities); bounded. */
const acceptable = new Set<string>();

/** The first reason why `s` is not an acceptable absolute IRI, or undefined if it is one. */
export function iriProblem(s: string): string | undefined {
  if (acceptable.has(s)) return undefined;
  const problem = findIriProblem(s);
  if (problem === undefined) {
    if (acceptable.size >= 100_000) acceptable.clear();
    acceptable.add(s);
  }
  return problem;
}

/** An absolute IRI without anything the check below refuses or must look closer at (spaces, controls, '%', surrogates). */
const PLAIN_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020<>"{}|\\^`\u007F-\u009F%\uD800-\uDFFF]*$/;

function findIriProblem(s: string): string | undefined {
  return PLAIN_IRI.test(s) ? undefined : iriProblemByCharacter(s);
}

/** The check character by character, with the reason (exported for the test that the quick path agrees with it). */
export function iriProblemByCharacter(s: string): string | undefined {
  if (s.length === 0) return 'is empty';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s.charAt(i);
    if (c === 0x20) return 'contains a space';
    if (c <= 0x1f || (c >= 0x7f && c <= 0x9f)) return `contains a control character ${hex4(c)}`;
    if (FORBIDDEN.includes(ch)) return `contains a forbidden character '${ch}' (${hex4(c)})`;
    if (c >= 0xd800 && c <= 0xdfff) {
      const pair = c <= 0xdbff && /[\uDC00-\uDFFF]/.test(s.charAt(i + 1));
      if (!pair) return `contains a lone surrogate ${hex4(c)}`;
      i++;
    }
    if (ch === '%' && !/^%[0-9A-Fa-f]{2}/.test(s.slice(i, i + 3))) return "contains a '%' not followed by two hex digits";
  }
  if (!SCHEME.test(s)) return 'is not absolute (no scheme)';
  return undefined;
}

/** Throws InvalidIriError unless `s` is an absolute IRI without forbidden characters. */
export function assertIri(s: string): void {
  const reason = iriProblem(s);
  if (reason !== undefined) throw new InvalidIriError(s, reason);
}

export function isIri(s: string): boolean {
  return iriProblem(s) === undefined;
}

const ASCII_KEEP = /^[A-Za-z0-9._~-]$/;
const ALL_ASCII_KEEP = /^[A-Za-z0-9._~-]*$/;
const UNICODE_KEEP = /^[\p{L}\p{M}\p{N}]$/u; // all such code points lie inside RFC 3987 ucschar

function percentEncode(ch: string): string {
  let out = '';
  for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/**
 * Percent-encode one path segment: NFC, then keep ASCII unreserved characters and non-ASCII letters, marks and
 * digits; everything else (including '/', '%', '?', '#', spaces, punctuation, bidi controls) becomes %XX (UTF-8).
 */
export function encodeIriComponent(s: string): string {
  if (ALL_ASCII_KEEP.test(s)) return s;
  let out = '';
  for (const ch of wellFormed(s).normalize('NFC')) {
    const keep = ch.charCodeAt(0) < 0x80 ? ASCII_KEEP.test(ch) : UNICODE_KEEP.test(ch);
    out += keep ? ch : percentEncode(ch);
  }
  return out;
}

function sha256hex(s: string): string {
  return createHash('sha256').update(wellFormed(s), 'utf8').digest('hex');
}

const FOLD: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D',
  œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D', ı: 'i', ħ: 'h', Ħ: 'H',
};

/** Latin-script folding to ASCII where possible: NFC, special letters, NFKD without combining marks, lower case. */
function foldToAscii(text: string): string {
  return wellFormed(text)
    .normalize('NFC')
    .replace(/[łŁßẞæÆøØđĐœŒþÞðÐıħĦ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

export const SLUG_MAX = 80;

/**
 * ASCII slug: `[a-z0-9]` runs joined by single '-', at most 80 characters. Text with no Latin letters or digits
 * (e.g. Chinese, Arabic, Cyrillic) gives `x-` + the first 12 hex digits of the SHA-256 of its NFC form.
 */
export function slugify(text: string): string {
  const slug = foldToAscii(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  return slug !== '' ? slug : `x-${sha256hex(wellFormed(text).normalize('NFC')).slice(0, 12)}`;
}

export const FILE_NAME_MAX = 120;
const SAFE_NAME = /^[a-z0-9_-][a-z0-9._-]*$/;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/;

export function isSafeFileName(name: string): boolean {
  return (
    name.length <= FILE_NAME_MAX && SAFE_NAME.test(name) && !name.endsWith('.') && !WINDOWS_DEVICE.test(name)
  );
}

/**
 * A record id usable as a file name: the id itself when it is already `[a-z0-9._-]`, has no leading or trailing
 * dot, is not a Windows device name and has at most 120 characters; otherwise a readable ASCII prefix plus
 * `-` and 12 hex digits of the SHA-256 of the id (or `x-` and the hash when nothing readable is left).
 */
export function safeFileName(id: string): string {
  if (isSafeFileName(id)) return id;
  const prefix = foldToAscii(id)
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+/, '')
    .slice(0, 100)
    .replace(/[.-]+$/, '');
  const hash = sha256hex(id).slice(0, 12);
  return prefix !== '' ? `${prefix}-${hash}` : `x-${hash}`;
}
