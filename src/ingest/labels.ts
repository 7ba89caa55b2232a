// Recognises speaker labels (`Comrade Stalin:`, `A. Ya. Vyshinsky:`) at the start of a paragraph and normalises them.

export interface Label {
  /** The label as printed, without the colon. */
  label: string;
  /** UTF-16 offsets of the label inside the paragraph. */
  start: number;
  end: number;
  /** Where the speech begins inside the paragraph (after the colon and spaces); equals the paragraph length if none. */
  speechStart: number;
  speaker: string;
}

/** Titles and honorifics dropped from a speaker name (lower case, without a final period). */
const TITLES = new Set([
  'comrade', 'comrades', 'comr', 'comrs', 'com', 'tov', 'tovarishch', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madame',
  'monsieur', 'herr', 'president', 'ambassador', 'chairman', 'premier', 'minister', 'secretary', 'general', 'marshal',
  'prime', 'foreign', 'deputy', 'vice', 'first', 'prince', 'king', 'queen', 'emperor', 'colonel', 'lieutenant',
  'major', 'captain', 'admiral', 'generalissimo', 'chancellor', 'senator', 'governor', 'professor', 'prof',
  'comandante', 'counselor', 'counsellor', 'envoy', 'consul', 'attaché', 'attache', 'adviser', 'advisor', 'state',
  'party', 'central', 'committee', 'general-secretary', 'acting', 'supreme', 'commander',
]);

/** Words that open transmission headers and other colon lines that are never speech. */
const HEADER_WORDS = new Set([
  'from', 'to', 'copies', 'copy', 'cc', 'time', 'date', 'subject', 're', 'ref', 'reference', 'attention', 'attn',
  'priority', 'sent', 'received', 'agenda', 'present', 'absent', 'location', 'place', 'distribution', 'classification',
  'number', 'no', 'enclosure', 'enclosures', 'attachment', 'source', 'signed', 'note', 'notes', 'ps', 'p.s',
  'translation', 'urgent', 'secret', 'top', 'telegram', 'cipher', 'ciphered', 'dispatch', 'incoming', 'outgoing',
  'origin', 'addressee', 'copy no', 'via', 'item', 'question', 'participants', 'participating', 'attending',
  'dear', 'respected', 'chair', 'recorder', 'guests', 'invited', 'absent', 'esteemed', 'greetings', 'memorandum', 'summary', 'conclusion', 'resolution', 'decision',
  'decided', 'heard', 'resolved', 'point', 'points', 'topic', 'topics', 'issue', 'issues', 'title', 'type', 'language',
]);

/** Lower-case words allowed between the capitalised words of a label (`Minister of Foreign Affairs`). */
const JOINERS = new Set(['of', 'the', 'for', 'and', 'de', 'van', 'von', 'der', 'da', 'di', 'du', 'le', 'la', 'al', 'bin', 'ibn', 'y']);

const MAX_LABEL = 60;
const TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\s?\p{Lu}\p{Ll}?\.)*|(?:\p{Lu}\p{Ll}?\.)+)$/u;

/** The speaker label opening a paragraph, or null when the paragraph does not open with one. */
export function findLabel(paragraph: string): Label | null {
  const colon = paragraph.indexOf(':');
  if (colon <= 0 || colon > MAX_LABEL) return null;
  const raw = paragraph.slice(0, colon);
  const label = raw.trim();
  const tokens = stripBrackets(label).split(/\s+/).filter(Boolean);
  if (!isLabelTokens(tokens)) return null;
  if (HEADER_WORDS.has(headerKey(tokens))) return null;
  let speechStart = colon + 1;
  while (speechStart < paragraph.length && /\s/.test(paragraph[speechStart] ?? '')) speechStart++;
  const start = raw.length - raw.trimStart().length;
  return { label, start, end: start + label.length, speechStart, speaker: normaliseSpeaker(tokens) };
}

/** A transmission header or similar line (`FROM: ...`, `Copies: ...`, `Time: 16:00`): never speech. */
export function isHeaderLine(paragraph: string): boolean {
  const colon = paragraph.indexOf(':');
  if (colon <= 0 || colon > 40) return false;
  const words = paragraph.slice(0, colon).trim().split(/\s+/);
  return HEADER_WORDS.has(headerKey(words)) || (words.join(' ') === words.join(' ').toUpperCase() && /\p{Lu}{2}/u.test(words[0] ?? ''));
}

/** `Khrush[chev]` → `Khrushchev` (a bracket completing a word); a free-standing `[gloss]` is dropped. */
function stripBrackets(label: string): string {
  return label.replace(/(?<=[\p{L}])\[([\p{L}]*)\]|\[([\p{L}]*)\](?=[\p{L}])/gu, '$1$2').replace(/\[[^\]]*\]/g, ' ');
}

function headerKey(tokens: string[]): string {
  return (tokens[0] ?? '').toLowerCase().replace(/\.$/, '');
}

function isLabelTokens(tokens: string[]): boolean {
  if (tokens.length === 0 || tokens.length > 7) return false;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (!TOKEN.test(first) || !TOKEN.test(last)) return false;
  return tokens.every((t) => TOKEN.test(t) || JOINERS.has(t));
}

/** `Comrade Stalin` → `Stalin`, `A. Ya. Vyshinsky` → `Vyshinsky`, `KIM IL SUNG` → `Kim Il Sung`, `Ambassador` → `Ambassador`. */
export function normaliseSpeaker(tokens: string[]): string {
  const words = tokens.filter((t) => !isInitial(t));
  const named = dropTitles(words);
  const kept = named.length > 0 ? named : words.length > 0 ? words : tokens;
  return kept.map(fixCase).join(' ');
}

function dropTitles(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (TITLES.has(key(words[i] ?? '')) || JOINERS.has(words[i] ?? ''))) i++;
  return words.slice(i);
}

function key(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** `A.`, `Ya.`, `N.S.`, `I.V.` are initials; `Comr.` is not. */
function isInitial(token: string): boolean {
  return /^(?:\p{Lu}\p{Ll}?\.)+$/u.test(token) && !TITLES.has(key(token));
}

/** All-capital words become capitalised (`STALIN` → `Stalin`, `KIM` → `Kim`); others stay as printed. */
function fixCase(word: string): string {
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return word;
  return word.replace(/(\p{L})([\p{L}'’]*)/gu, (_, a: string, b: string) => a + b.toLowerCase());
}
