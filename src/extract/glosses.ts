// Reads an editorial role gloss (`[Soviet Foreign Minister Andrei]`) into the role and a given name it supplies.

/** Words that end a role or an organisation's name; a capitalised word after the last of them is a given name. */
const ROLE_WORDS = new Set(['minister', 'ambassador', 'member', 'chairman', 'commander', 'secretary', 'general', 'marshal',
  'president', 'premier', 'deputy', 'head', 'chief', 'director', 'leader', 'envoy', 'consul', 'counsellor', 'counselor',
  'adviser', 'advisor', 'officer', 'interpreter', 'translator', 'army', 'party', 'committee', 'commission', 'ministry',
  'government', 'bureau', 'politburo', 'cc', 'council', 'department', 'embassy', 'delegation', 'chargé', 'attaché']);

export interface ParsedGloss { role: string; givenName?: string }

export function parseGloss(content: string): ParsedGloss {
  const words = content.trim().split(/\s+/);
  let cut = words.length;
  while (cut > 0 && isGivenName(words[cut - 1] ?? '')) cut--;
  const hasRole = words.slice(0, cut).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[’']s$/, '')));
  if (cut === words.length || cut === 0 || !hasRole) return { role: content.trim() };
  return { role: words.slice(0, cut).join(' '), givenName: words.slice(cut).join(' ') };
}

/** `Andrei`, `Terentii`: capitalised, not all capitals (USSR), not a role word. */
function isGivenName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !ROLE_WORDS.has(word.toLowerCase());
}
