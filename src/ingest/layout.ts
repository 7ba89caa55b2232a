// Finds the parts of a record page: date line, title, sponsor, dated heading, body, summary, metadata, rights.
import { isDateLine } from './dates.js';
import { headingOf, isRightsParagraph, metadataStart } from './metadata.js';
import type { Paragraph } from './paragraphs.js';

export interface Layout {
  dateLine?: Paragraph;
  title?: Paragraph;
  /** The title printed a second time, right under the first. */
  titleRepeat?: Paragraph;
  sponsor?: Paragraph;
  heading?: Paragraph;
  body: Paragraph[];
  summary?: Paragraph;
  /** Everything from the first metadata heading on. */
  meta: Paragraph[];
}

const SPONSOR = /\bmade possible\b|\bwith (?:the )?(?:generous )?support (?:from|of)\b|\bfunded by\b|\bgrant from\b/i;
const MAX_HEADING = 120;

/** Splits the page into its parts; every paragraph ends up in exactly one of them. */
export function layout(paragraphs: Paragraph[]): Layout {
  let i = 0;
  const at = (k: number): Paragraph | undefined => paragraphs[k];
  const out: Layout = { body: [], meta: [] };
  const first = at(i);
  if (first && isDateLine(first.text)) (out.dateLine = first), i++;
  const title = at(i);
  if (title && !headingOf(title.text) && !isDateLine(title.text)) {
    out.title = title;
    i++;
    if (at(i)?.text === title.text) out.titleRepeat = at(i++);
  }
  const sponsor = at(i);
  if (sponsor && SPONSOR.test(sponsor.text) && sponsor.text.length < 300) (out.sponsor = sponsor), i++;
  const heading = at(i);
  if (heading && heading.text.length <= MAX_HEADING && isDateLine(heading.text)) (out.heading = heading), i++;
  const metaFrom = metadataStart(paragraphs, i);
  out.body = paragraphs.slice(i, metaFrom);
  out.meta = paragraphs.slice(metaFrom);
  splitTail(out, metaFrom < paragraphs.length);
  return out;
}

/** With metadata headings, the paragraph before them is the summary; without, trailing rights paragraphs are rights. */
function splitTail(out: Layout, hasMeta: boolean): void {
  if (!hasMeta) {
    while (out.body.length > 0 && isRightsParagraph(out.body[out.body.length - 1]?.text ?? '')) {
      out.meta.unshift(out.body.pop() as Paragraph);
    }
    return;
  }
  const last = out.body[out.body.length - 1];
  if (last && out.body.length > 1 && !/^\S[^:]{0,60}:/.test(last.text)) out.summary = out.body.pop();
}
