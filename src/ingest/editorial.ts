// Finds the editors' layer in a paragraph: every `[...]` typed by what it does, and `/Pseudonym/` after a name.
import type { EditorialKind } from '../record.js';

export interface RawNote {
  kind: EditorialKind;
  /** UTF-16 offsets in the paragraph, brackets included. */
  start: number;
  end: number;
  text: string;
  content: string;
  target?: { start: number; end: number; text: string };
}

export interface EditorialScan {
  notes: RawNote[];
  /** Offsets of brackets that have no partner. */
  unbalanced: { at: number; bracket: string }[];
}

const ARTEFACT = /^email(?:\s|&#160;|\u00a0)*protected$/i;
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'to', 'of', 'in', 'on', 'at', 'is', 'was', 'are', 'were', 'be',
  'it', 'he', 'she', 'they', 'we', 'you', 'i', 'not', 'that', 'this', 'with', 'for', 'by', 'as', 'or', 'but', 'his', 'her', 'their', 'our']);
/** A run of capitalised words (a name), possibly with a possessive. */
const NAME_AFTER = /^\s(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|bin))*)/u;
/** How far around a bracket to look for the name it belongs to. */
const WINDOW = 120;
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*)\s$/u;

/** Scans one paragraph; never throws, whatever the brackets. */
export function scanEditorial(p: string): EditorialScan {
  const notes: RawNote[] = [];
  const unbalanced: { at: number; bracket: string }[] = [];
  let open = -1;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '[') {
      if (open !== -1) unbalanced.push({ at: open, bracket: '[' });
      open = i;
    } else if (c === ']') {
      if (open === -1) unbalanced.push({ at: i, bracket: ']' });
      else notes.push(classify(p, open, i + 1));
      open = -1;
    }
  }
  if (open !== -1) unbalanced.push({ at: open, bracket: '[' });
  notes.push(...pseudonyms(p));
  notes.sort((a, b) => a.start - b.start);
  return { notes, unbalanced };
}

function classify(p: string, start: number, end: number): RawNote {
  const text = p.slice(start, end);
  const content = text.slice(1, -1);
  const note = (kind: EditorialKind, target?: RawNote['target']): RawNote =>
    target ? { kind, start, end, text, content, target } : { kind, start, end, text, content };
  const c = content.trim();
  const before = p[start - 1] ?? ' ';
  const after = p[end] ?? ' ';
  if (ARTEFACT.test(c)) return note('artefact');
  if (/^\?+!?$|^\?!$/.test(c)) return note('uncertainty');
  if (/^(?:trans(?:\.|lator['’]?s?)?\s*note|tr\.\s*note|translator)\b/i.test(c)) return note('translator-note');
  if (/^(?:ed(?:\.|itor['’]?s?)?\s*note|editors?['’]?\s*note|note)\b/i.test(c)) return note('editor-note');
  if (/^(?:illegible|unclear|indecipherable|text missing|word missing)\b/i.test(c)) return note('illegible');
  if (/^(?:\.\.\.|…)$/.test(c)) return note('omission');
  if (/^sic!?$/i.test(c)) return note('sic');
  if (/^\d{1,3}$/.test(c)) return note('footnote-marker', footnoteTarget(p, start, end));
  if (/^[\p{L}\p{M}'’.-]+$/u.test(c) && (isLetter(before) || isLetter(after))) return note('bracket-in-word');
  return classifyWords(p, note, c, start, end);
}

function classifyWords(p: string, note: (k: EditorialKind, t?: RawNote['target']) => RawNote, c: string, start: number, end: number): RawNote {
  const nameAfter = NAME_AFTER.exec(p.slice(end, end + WINDOW));
  if (FUNCTION_WORDS.has(c.toLowerCase())) return note('supplied-word');
  if (nameAfter?.[1] && (/^\p{Lu}/u.test(c) || c.includes(' '))) {
    const s = end + 1;
    const name = trimName(nameAfter[1]);
    return note('role-gloss', { start: s, end: s + name.length, text: name });
  }
  const nameBefore = NAME_BEFORE.exec(p.slice(Math.max(0, start - WINDOW), start));
  if (nameBefore?.[1] && /^\p{Lu}/u.test(c) && isNameList(c)) {
    const s = start - 1 - nameBefore[1].length;
    return note('alternative-name', { start: s, end: s + nameBefore[1].length, text: nameBefore[1] });
  }
  if (c.split(/\s+/).length <= 4 && /^\p{Ll}/u.test(c)) return note('supplied-word');
  if (/^\p{Lu}/u.test(c) && c.split(/\s+/).length <= 4 && !nameBefore) return note('supplied-word');
  return note('other');
}

/** A name without a sentence's final period or a possessive (`Zhou Enlai.` → `Zhou Enlai`, `Liu Bocheng's` → `Liu Bocheng`). */
function trimName(name: string): string {
  return name.replace(/['’]s$/u, '').replace(/(?<!\b\p{Lu})\.$/u, '');
}

/** `Dairen; Dalian`, `Port Arthur`, `Dairen or Dalian`: every part a capitalised name. */
function isNameList(c: string): boolean {
  return c.split(/\s*(?:;|,|\bor\b|\/)\s*/).every((part) => /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,3}$/u.test(part));
}

/** The word a footnote marker is glued to (`agreement[1]`, `[2]Gromyko`). */
function footnoteTarget(p: string, start: number, end: number): RawNote['target'] {
  const before = /[\p{L}\p{M}\p{N}'’-]+$/u.exec(p.slice(Math.max(0, start - 80), start));
  if (before) return { start: start - before[0].length, end: start, text: before[0] };
  const after = /^[\p{L}\p{M}'’-]+/u.exec(p.slice(end, end + 80));
  return after ? { start: end, end: end + after[0].length, text: after[0] } : undefined;
}

function isLetter(c: string): boolean {
  return /[\p{L}\p{M}]/u.test(c);
}

/** `Shi Zhe /Karskii/`: a capitalised word between slashes right after a name. */
function pseudonyms(p: string): RawNote[] {
  const out: RawNote[] = [];
  for (const m of p.matchAll(/\s\/(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?)\//gu)) {
    const start = (m.index ?? 0) + 1;
    const name = NAME_BEFORE.exec(p.slice(Math.max(0, start - WINDOW), start));
    if (!name?.[1]) continue;
    const targetStart = start - 1 - name[1].length;
    out.push({ kind: 'pseudonym', start, end: start + m[0].length - 1, text: m[0].slice(1), content: m[1] ?? '',
      target: { start: targetStart, end: targetStart + name[1].length, text: name[1] } });
  }
  return out;
}
