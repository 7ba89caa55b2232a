// Turns UTF-16 string indices into Unicode code point offsets, and hashes the source text.
import { createHash } from 'node:crypto';

export type ToCodePoints = (utf16Index: number) => number;

/** A converter from UTF-16 indices to code point offsets; the identity when the text has no surrogate pairs. */
export function codePointConverter(text: string): ToCodePoints {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
    if (pair) table[++i] = cp;
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i] ?? cp;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code points of `text` from `start` to `end` (code point offsets), as a string. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export type ToUtf16 = (codePoint: number) => number;

/** The inverse of codePointConverter: code point offsets to UTF-16 indices. */
export function utf16Converter(text: string): ToUtf16 {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (i) => i;
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  table.push(text.length);
  return (cp) => table[cp] ?? text.length;
}
