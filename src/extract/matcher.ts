// Finds authority names in text: the longest run of tokens that spells a name, case rules kept, offsets returned.
import type { AuthorityEntry } from '../entities.js';
import type { Authority } from './authority.js';
import { BETWEEN_NAME_WORDS, isCapitalised, nameKeys, POSSESSIVE, tokenize, type Token } from './tokens.js';

export interface NameMatch { start: number; end: number; text: string; entry: AuthorityEntry; how: NameKind }
export type NameKind = 'label' | 'abbreviation' | 'demonym' | 'pseudonym' | 'period';

interface Pattern { keys: string[]; printed: string[]; entry: AuthorityEntry; how: NameKind }

/** Common nouns and function words that may be printed in any case inside a name (`the agreement on Port Arthur`). */
const ANY_CASE = new Set(['the', 'of', 'on', 'and', 'for', 'to', 'with', 'in', 'a', 'agreement', 'agreements', 'treaty',
  'war', 'conference', 'railway', 'railroad', 'army', 'party', 'government', 'committee', 'commission', 'credit',
  'trade', 'republic', 'union', 'new', 'current', 'future', 'existing', 'concerning', 'friendship', 'alliance']);
const MAX_TOKENS = 12;

export interface Matcher { match(text: string, from: number, to: number): NameMatch[] }

const built = new WeakMap<Authority, Map<string, Matcher>>();

/** A matcher over the entry names valid for a record dated `date` (period labels only inside their period); built once per set of periods. */
export function buildMatcher(authority: Authority, date: string | undefined): Matcher {
  const active = [...authority.periods].filter(([, p]) => date && inPeriod(date, p.begin, p.end)).map(([key]) => key).join('\n');
  let cache = built.get(authority);
  if (!cache) built.set(authority, (cache = new Map()));
  let matcher = cache.get(active);
  if (!matcher) cache.set(active, (matcher = makeMatcher(authority, date)));
  return matcher;
}

function makeMatcher(authority: Authority, date: string | undefined): Matcher {
  const index = new Map<string, Pattern[]>();
  const add = (name: string, entry: AuthorityEntry, how: NameKind) => {
    const keys = nameKeys(name);
    if (keys.length === 0 || keys.length > MAX_TOKENS) return;
    const p: Pattern = { keys, printed: tokenize(name).map((t) => t.text), entry, how };
    index.set(keys[0]!, [...(index.get(keys[0]!) ?? []), p]);
  };
  for (const e of authority.entries) {
    for (const n of [e.label, ...e.altLabels]) add(n, e, 'label');
    for (const n of e.abbreviations) add(n, e, 'abbreviation');
    for (const n of e.demonyms) add(n, e, 'demonym');
    for (const n of e.pseudonyms) add(n, e, 'pseudonym');
    const period = authority.periods.get(e.key);
    if (period && date && inPeriod(date, period.begin, period.end)) for (const n of period.labels) add(n, e, 'period');
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { match: (text, from, to) => matchTokens(text, tokenize(text, from, to), index) };
}

function matchTokens(text: string, tokens: Token[], index: Map<string, Pattern[]>): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = longest(text, tokens, i, tokens.length, index);
    if (!hit) { i++; continue; }
    if (laterName(text, tokens, i, hit, index)) { i++; continue; }
    out.push(toMatch(text, tokens, i, hit), ...ownerHeads(text, tokens, i, hit, index));
    i += hit.keys.length;
  }
  return out;
}

/** `Chairman Mao Zedong`: `Chairman Mao` is overlapped by `Mao Zedong`, which names the same person and reaches further. */
function laterName(text: string, tokens: Token[], i: number, hit: Pattern, index: Map<string, Pattern[]>): boolean {
  for (let k = i + 1; k < i + hit.keys.length; k++) {
    const next = longest(text, tokens, k, tokens.length, index);
    if (next && next.entry === hit.entry && k + next.keys.length > i + hit.keys.length) return true;
  }
  return false;
}

function longest(text: string, tokens: Token[], i: number, limit: number, index: Map<string, Pattern[]>): Pattern | undefined {
  return (index.get(tokens[i]!.key) ?? []).find((p) => i + p.keys.length <= limit && fits(text, tokens, i, p));
}

function toMatch(text: string, tokens: Token[], i: number, p: Pattern): NameMatch {
  const [first, last] = [tokens[i]!, tokens[i + p.keys.length - 1]!];
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), entry: p.entry, how: p.how };
}

/**
 * `PLA's Second Field Army` names the army and, in its possessive, the PLA; `CCP CC` names the Central Committee and,
 * in its leading abbreviation, the party: the owner is a mention too.
 */
function ownerHeads(text: string, tokens: Token[], i: number, hit: Pattern, index: Map<string, Pattern[]>): NameMatch[] {
  for (let k = i + 1; k < i + hit.keys.length; k++) {
    const possessive = POSSESSIVE.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    const acronym = hit.how === 'abbreviation' && tokens.slice(i, k).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase());
    if (!possessive && !acronym) continue;
    const head = longest(text, tokens, i, k, index);
    if (head && head.keys.length === k - i && head.entry !== hit.entry) return [toMatch(text, tokens, i, head)];
  }
  return [];
}

/** Tokens i.. spell the pattern: same keys, only spaces/hyphens/periods between, capitals where the name has them. */
function fits(text: string, tokens: Token[], i: number, p: Pattern): boolean {
  for (let k = 0; k < p.keys.length; k++) {
    const t = tokens[i + k];
    if (!t || t.key !== p.keys[k]) return false;
    if (k > 0 && !BETWEEN_NAME_WORDS.test(text.slice(tokens[i + k - 1]!.end, t.start))) return false;
    if (!caseFits(t.text, p.printed[k] ?? '', p.how)) return false;
  }
  return true;
}

function caseFits(printed: string, name: string, how: NameKind): boolean {
  if (ANY_CASE.has(name.toLowerCase())) return true;
  if (how === 'abbreviation') return printed === name || printed === name.toUpperCase();
  return !isCapitalised(name) || isCapitalised(printed);
}

function inPeriod(date: string, begin: string, end: string): boolean {
  const d = date.slice(0, 10);
  return d >= begin.slice(0, d.length) && d <= end;
}
