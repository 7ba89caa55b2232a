// Splits text into word tokens with offsets, and normalises words so spelling variants compare equal.

export interface Token {
  /** UTF-16 offsets in the text; a possessive `'s` is outside the token. */
  start: number;
  end: number;
  text: string;
  /** Lower case, NFC, straight apostrophe, diacritics kept. */
  key: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Word tokens; hyphens, periods and spaces separate them (`Kai-shek` → `Kai`, `shek`; `I.V.` → `I`, `V`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    if (m.index + word.length > to) word = word.slice(0, to - m.index);
    const possessive = /['’]s$/u.test(word) && word.length > 2;
    const t = possessive ? word.slice(0, -2) : word;
    out.push({ start: m.index, end: m.index + t.length, text: t, key: keyOf(t) });
  }
  return out;
}

export function keyOf(word: string): string {
  return word.normalize('NFC').replace(/’/g, "'").toLowerCase();
}

/** The keys of a name (`Chiang Kai-shek` → `chiang kai shek`). */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}

/** A token printed with a capital (`Stalin`, `MAO`, `KChZhD`). */
export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
