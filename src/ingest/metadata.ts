// Reads the metadata headings at the foot of a record page (`Source`, `Record ID`, ...) and the rights paragraphs.
import type { Paragraph } from './paragraphs.js';

/** Canonical heading names, keyed by their lower-case form; `null` marks a group heading that never has a value. */
const HEADINGS = new Map<string, string | null>(
  [
    'Associated Places', 'Associated People & Organizations', 'Associated People and Organizations', 'Associated Topics',
    'Associated Documents', 'Related Documents', 'Source', 'Original Archive', 'Rights', 'Original Uploaded Date',
    'Type', 'Language', 'Original Language', 'Record ID', 'Author(s)', 'Author', 'Authors', 'Translated by',
    'Translator', 'Subjects Discussed', 'Subjects', 'Collection', 'Digital Archive Collections', 'Contributed by',
    'Recommended Citation', 'Citation', 'Keywords', 'Document Number',
  ].map((h): [string, string | null] => [h.toLowerCase(), h]).concat([['document information', null]]),
);

/** Headings that can start the metadata block: a line of just this text is never body text. */
const OPENERS = new Set(['associated places', 'associated people & organizations', 'associated people and organizations',
  'associated topics', 'document information', 'original archive', 'original uploaded date', 'record id', 'rights',
  'source', 'author(s)', 'language', 'type', 'subjects discussed', 'related documents']);

const RIGHTS = /welcomes reuse|subject to copyright|rights status|rights holders?|copyright|permission (?:to reproduce|for commercial)|creative commons|public domain|all rights reserved/i;

export interface HeadingLine {
  /** The canonical heading, or null for a group heading such as `Document Information`. */
  heading: string | null;
  /** A value printed on the same line (`Record ID: 111240`). */
  inline?: { start: number; text: string };
}

/** The heading a line is, or null. Accepts any case and a trailing colon, and `Heading: value` on one line. */
export function headingOf(line: string): HeadingLine | null {
  const whole = line.replace(/:\s*$/, '').trim().toLowerCase();
  if (HEADINGS.has(whole)) return { heading: HEADINGS.get(whole) ?? null };
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 40) return null;
  const name = HEADINGS.get(line.slice(0, colon).trim().toLowerCase());
  if (!name) return null;
  const rest = line.slice(colon + 1);
  const text = rest.trim();
  return text ? { heading: name, inline: { start: colon + 1 + (rest.length - rest.trimStart().length), text } } : { heading: name };
}

/** Index of the paragraph that opens the metadata block, or `paragraphs.length` when there is none. */
export function metadataStart(paragraphs: Paragraph[], from: number): number {
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p && OPENERS.has(p.text.replace(/:\s*$/, '').trim().toLowerCase())) return i;
  }
  return paragraphs.length;
}

/** A rights paragraph (the archive's reuse and copyright statement). */
export function isRightsParagraph(text: string): boolean {
  return text.length >= 60 && RIGHTS.test(text);
}
