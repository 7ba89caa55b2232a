// Splits text into word tokens with offsets, and normalises words so spelling variants compare equal.
import { APOSTROPHES, straightApostrophes } from '../ingest/apostrophes.js';

export interface Token {
  /** UTF-16 offsets in the text; a possessive `'s` is outside the token. */
  start: number;
  end: number;
  text: string;
  /** Lower case, NFC, straight apostrophe, diacritics kept. */
  key: string;
}

/** Any apostrophe variant (ingest/apostrophes.ts): all join the words of a name and all compare equal. */
const APOS = `[${APOSTROPHES}]`;
const WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:${APOS}[\\p{L}\\p{M}\\p{N}]+)*`, 'gu');
const ENDS_POSSESSIVE = new RegExp(`${APOS}s$`, 'u');
/** A possessive `'s` (any apostrophe) at the start of the text between two tokens. */
export const POSSESSIVE = new RegExp(`^${APOS}s`, 'u');
/** What may stand between two words of one name: an optional possessive, then spaces, periods or hyphens. */
export const BETWEEN_NAME_WORDS = new RegExp(`^(?:${APOS}s)?[\\s.\\-‐–]*$`, 'u');
/** What may join two capitalised words of a candidate name: an optional possessive (or bare apostrophe), then spaces or hyphens. */
export const BETWEEN_CANDIDATE_WORDS = new RegExp(`^(?:${APOS}s?)?[\\s-]+$`, 'u');

/** Word tokens; hyphens, periods and spaces separate them (`Kai-shek` → `Kai`, `shek`; `I.V.` → `I`, `V`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    if (m.index + word.length > to) word = word.slice(0, to - m.index);
    const t = ENDS_POSSESSIVE.test(word) && word.length > 2 ? word.slice(0, -2) : word;
    out.push({ start: m.index, end: m.index + t.length, text: t, key: keyOf(t) });
  }
  return out;
}

export function keyOf(word: string): string {
  return straightApostrophes(word.normalize('NFC')).toLowerCase();
}

/** The keys of a name (`Chiang Kai-shek` → `chiang kai shek`). */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}

/** A token printed with a capital (`Stalin`, `MAO`, `KChZhD`). */
export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
