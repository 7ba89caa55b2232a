// Finds capitalised names the authority file does not know, so that none is dropped: runs of name-like words.
import type { EntityKind } from '../entities.js';
import { BETWEEN_CANDIDATE_WORDS, tokenize, type Token } from './tokens.js';

export interface Candidate { start: number; end: number; text: string; kind: EntityKind; /** How sure the kind is: 3 a title or class word, 2 an acronym, 1 a preposition, 0 a guess. */ cue: number }

/** Capitalised words that are not names: titles, adjectives of nationality, months, pronouns, sentence openers. */
const NOT_NAMES = new Set(`i i'm i'll i've i'd we you he she they it our my your his their this that these those there
here what when where why how who which whose if as so but and or nor yet for to in on at by of from with without into
after before since until while though although because once then thus also however nevertheless moreover furthermore
yes no not of the a an all any some every each both either neither such other another one two three four five first
second third last next let please thank thanks dear respected esteemed comrade comrades comr comrs com tov mr mrs ms dr
sir madame chairman president premier minister secretary general marshal ambassador deputy vice prime foreign head chief
january february march april may june july august september october november december monday tuesday wednesday thursday
friday saturday sunday soviet soviets russian chinese japanese american british korean czech bulgarian german french
english polish hungarian romanian albanian vietnamese mongolian indian sino manchurian tibetan western eastern northern
southern north south east west central supreme high participants party government committee council state states
treaty agreement article paragraph question point note copy copies top secret urgent telegram cable memorandum
record records conversation talks meeting present time date subject source translated translation original document
digital archive program history public policy type language rights associated information uploaded author authors
ok okay right true good well very indeed perhaps agreed of course`.split(/\s+/));

/** Lower-case words that may join the capitalised words of one name (`Committee of the Party`). */
const JOINERS = new Set(['of', 'the', 'for']);
/** Adjectives that may open a name (`Chinese People's Volunteers`); other common words before a name are dropped. */
const LEADING = new Set(['soviet', 'chinese', 'japanese', 'russian', 'american', 'british', 'korean', 'czech', 'bulgarian', 'german', 'french', 'english', 'polish', 'hungarian', 'romanian', 'albanian', 'vietnamese', 'mongolian', 'indian', 'sino', 'manchurian', 'tibetan', 'western', 'eastern', 'northern', 'southern', 'north', 'south', 'east', 'west', 'central', 'supreme', 'state']);
const HONORIFIC = /(?:comrades?|comrs?\.|com\.|tov\.|mr\.|mrs\.|marshal|general)\s+$/i;
const GROUP_WORD = /\b(?:party|committee|army|government|commission|ministry|bureau|council|union|front|league|organi[sz]ation|politburo|secretariat)\b/i;
const AGREEMENT_WORD = /\b(?:agreement|treaty|pact|accord|protocol|convention)\b/i;
const EVENT_WORD = /\b(?:war|conference|congress|revolution|plenum|uprising|offensive|campaign)\b/i;

/** Name-like runs in `text` between `from` and `to` that overlap none of the `covered` spans. */
export function findCandidates(text: string, from: number, to: number, covered: { start: number; end: number }[]): Candidate[] {
  const tokens = tokenize(text, from, to);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = nameRun(text, tokens, i, covered);
    if (run.length === 0) continue;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    i = tokens.indexOf(last);
    if (run.length === 1 && sentenceStart(text, first.start, from)) continue;
    const words = text.slice(first.start, last.end);
    out.push({ start: first.start, end: last.end, text: words, ...guessKind(text, first.start, words) });
  }
  return out;
}

/** Capitalised words, joined by spaces, hyphens, possessives or `of`/`the`; a run must hold one word that is not a common one. */
function nameRun(text: string, tokens: Token[], i: number, covered: { start: number; end: number }[]): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    const joiner = run.length > 0 && JOINERS.has(t.text);
    if ((!/^\p{Lu}/u.test(t.text) && !joiner) || /^\p{N}/u.test(t.text)) break;
    if (covered.some((c) => c.start < t.end && t.start < c.end)) break;
    if (run.length > 0 && !BETWEEN_CANDIDATE_WORDS.test(text.slice(run[run.length - 1]!.end, t.start))) break;
    run.push(t);
  }
  const classWord = (t: Token) => GROUP_WORD.test(t.text) || AGREEMENT_WORD.test(t.text) || EVENT_WORD.test(t.text);
  while (run.length > 1 && (JOINERS.has(run[run.length - 1]!.text) || (NOT_NAMES.has(run[run.length - 1]!.key) && !classWord(run[run.length - 1]!)))) run.pop();
  while (run.length > 0 && NOT_NAMES.has(run[0]!.key) && (!LEADING.has(run[0]!.key) || !run.slice(1).some((t) => !NOT_NAMES.has(t.key) && !JOINERS.has(t.text)))) run.shift();
  return run.some((t) => !NOT_NAMES.has(t.key) && !JOINERS.has(t.text)) ? run : [];
}

/** The word opens a sentence (or the segment), where any word is capitalised. */
function sentenceStart(text: string, at: number, from: number): boolean {
  const before = text.slice(Math.max(from, at - 4), at);
  return at === from || /(?:^|[.!?:;"“(\[])\s*$/.test(before) || /^\s*$/.test(text.slice(from, at));
}

function guessKind(text: string, start: number, words: string): { kind: EntityKind; cue: number } {
  if (HONORIFIC.test(text.slice(Math.max(0, start - 12), start))) return { kind: 'person', cue: 3 };
  if (GROUP_WORD.test(words)) return { kind: 'group', cue: 3 };
  if (AGREEMENT_WORD.test(words)) return { kind: 'agreement', cue: 3 };
  if (EVENT_WORD.test(words)) return { kind: 'event', cue: 3 };
  if (/^\p{Lu}{2,}$/u.test(words)) return { kind: 'group', cue: 2 };
  if (/\b(?:in|to|from|at|near|towards?|across|along)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 10), start))) return { kind: 'place', cue: 1 };
  return { kind: 'person', cue: 0 };
}
