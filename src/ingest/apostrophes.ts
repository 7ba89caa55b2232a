// The apostrophe and its look-alikes in names: every variant compares as the straight apostrophe.

/**
 * Straight, right and left single quotes, modifier letter apostrophe, reversed quote, prime, grave and acute accents,
 * fullwidth apostrophe: all are typed or scanned for the apostrophe of `O'Neill` or `Mao Zedong's`.
 */
export const APOSTROPHES = "'’‘ʼ‛′`´＇";

const ANY = new RegExp(`[${APOSTROPHES}]`, 'gu');

/** `s` with every apostrophe variant replaced by the straight one. */
export function straightApostrophes(s: string): string {
  return s.replace(ANY, "'");
}
