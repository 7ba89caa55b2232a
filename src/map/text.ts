// Text of a record by code point spans: slices, quote context, and texts with scraping artefacts removed.
import type { Span } from '../findings.js';
import type { SourceRecord } from '../record.js';

/** How many code points of context a TextQuoteSelector keeps on each side. */
export const QUOTE_CONTEXT = 32;

export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

export class SourceText {
  private readonly cps: string[];
  /** The spans of scraping artefacts (never published), in order. */
  readonly artefacts: (Span & { text: string })[];

  constructor(record: SourceRecord) {
    this.cps = Array.from(record.source.text);
    this.artefacts = record.editorial
      .filter((n) => n.kind === 'artefact')
      .map((n) => ({ start: n.start, end: n.end, text: n.text }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }

  get length(): number {
    return this.cps.length;
  }

  slice(start: number, end: number): string {
    return this.cps.slice(start, end).join('');
  }

  /** Whether a span lies inside the text and is not empty. */
  valid(span: Span): boolean {
    return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start
      && span.end <= this.cps.length;
  }

  /** The text of a span with artefacts removed: by span when `text` is the span's slice, else by their text. */
  clean(text: string, span?: Span | null): string {
    if (this.artefacts.length === 0) return text;
    if (span && this.slice(span.start, span.end) === text) return this.cutSpans(span);
    let out = text;
    for (const a of this.artefacts) out = out.split(a.text).join('');
    return out;
  }

  private cutSpans(span: Span): string {
    let out = '';
    let at = span.start;
    for (const a of this.artefacts) {
      if (a.end <= at || a.start >= span.end) continue;
      out = joinTidy(out, this.slice(at, Math.max(at, a.start)));
      at = Math.max(at, a.end);
    }
    return joinTidy(out, this.slice(at, span.end));
  }

  /**
   * The exact words of a span and up to 32 code points either side, never reaching into an artefact. Context with
   * characters outside the BMP is cut to 32 UTF-16 units as well: SHACL engines (rdf-validate-shacl, shacl-engine)
   * count sh:maxLength in UTF-16 units, not in the code points SPARQL's STRLEN counts.
   */
  quote(span: Span): Quote {
    let from = Math.max(0, span.start - QUOTE_CONTEXT);
    let to = Math.min(this.cps.length, span.end + QUOTE_CONTEXT);
    for (const a of this.artefacts) {
      if (a.end <= span.start) from = Math.max(from, a.end);
      if (a.start >= span.end) to = Math.min(to, a.start);
    }
    while (from < span.start && this.slice(from, span.start).length > QUOTE_CONTEXT) from++;
    while (to > span.end && this.slice(span.end, to).length > QUOTE_CONTEXT) to--;
    return { exact: this.slice(span.start, span.end), prefix: this.slice(from, span.start), suffix: this.slice(span.end, to) };
  }

  /** Whether a span overlaps a scraping artefact. */
  inArtefact(span: Span): boolean {
    return this.artefacts.some((a) => a.start < span.end && span.start < a.end);
  }
}

/** Joins two pieces around a removed artefact without leaving a double space or a space before punctuation. */
function joinTidy(left: string, right: string): string {
  if (left === '') return right;
  return /[ \t\u00a0]$/.test(left) && /^(?:[\s.,;:!?)\]]|$)/.test(right) ? left.replace(/[ \t\u00a0]+$/, '') + right : left + right;
}

/** Whether `inner` lies within `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
