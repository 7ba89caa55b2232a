// A turn's or paragraph's text as HTML: asides, the editorial layer and the mentions (linked) marked up in place.
import { findAll, placeQuotes, type Range } from '../anchor.js';
import { html, raw, safeHref } from '../html.js';
import type { PathMap } from '../paths.js';
import { markUp, type Span } from '../spans.js';
import type { Note, Segment } from './record-data.js';

const BRACKETS = /\[[^\[\]\n]*\]/g;

/** The editorial insertions in `text`: the record's notes as printed, then any other `[…]` (kind "other"). */
export function editorialRanges(text: string, notes: readonly Note[]): (Range & { kind: string })[] {
  const known = findAll(text, notes.filter((n) => n.text !== '')).map((r) => ({ start: r.start, end: r.end, kind: r.item.kind }));
  const others = findAll(text, [...new Set(text.match(BRACKETS) ?? [])].map((t) => ({ text: t })))
    .filter((r) => !known.some((k) => k.start < r.end && r.start < k.end))
    .map((r) => ({ start: r.start, end: r.end, kind: 'other' }));
  return [...known, ...others].sort((a, b) => a.start - b.start);
}

function asideSpans(segment: Segment): Span[] {
  return findAll(segment.text, segment.asides.map((text) => ({ text }))).map((r) => ({ start: r.start, end: r.end, open: raw('<span class="aside">'), close: raw('</span>'), rank: 0 }));
}

/** Each insertion with one space beside it (after, else before), so that hiding the layer leaves no double space. */
function withSpace(text: string, ranges: readonly (Range & { kind: string })[]): (Range & { kind: string })[] {
  const points = Array.from(text);
  const taken = (at: number): boolean => ranges.some((r) => r.start <= at && at < r.end);
  return ranges.map((r) => {
    if (points[r.end] === ' ' && !taken(r.end)) return { ...r, end: r.end + 1 };
    if (points[r.start - 1] === ' ' && !taken(r.start - 1)) return { ...r, start: r.start - 1 };
    return r;
  });
}

function editorialSpans(segment: Segment, notes: readonly Note[]): Span[] {
  return withSpace(segment.text, editorialRanges(segment.text, notes)).map((r) => ({
    start: r.start,
    end: r.end,
    open: html`<span class="editorial" data-kind="${r.kind}" title="${`Editorial (${r.kind})`}">`,
    close: raw('</span>'),
    rank: 1,
  }));
}

/** Links for the mentions inside the text (a speaker label is outside it, shown as the turn's speaker). */
function mentionSpans(segment: Segment, paths: PathMap, labelOf: (iri: string) => string): Span[] {
  const inText = segment.mentions.filter((m) => m.source !== 'speaker');
  const ranges = placeQuotes(segment.text, inText.map((m) => m.quote));
  return inText.flatMap((m, k) => {
    const range = ranges[k];
    const href = safeHref(paths.href(m.entity));
    if (!range || href === undefined) return [];
    const open = html`<a class="mention" href="${href}" data-entity="${m.entity}" title="${labelOf(m.entity)}">`;
    return [{ ...range, open, close: raw('</a>'), link: true, rank: 2 }];
  });
}

/** The segment's text with its asides, editorial insertions and linked mentions; all text escaped. */
export function segmentHtml(segment: Segment, notes: readonly Note[], paths: PathMap, labelOf: (iri: string) => string) {
  return markUp(segment.text, [...asideSpans(segment), ...editorialSpans(segment, notes), ...mentionSpans(segment, paths, labelOf)]);
}
