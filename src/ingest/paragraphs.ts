// Splits the source text into its non-blank lines (one paragraph per line), with UTF-16 offsets.

export interface Paragraph {
  /** Index of the paragraph among non-blank lines. */
  index: number;
  /** UTF-16 offsets of the trimmed line in the source text. */
  start: number;
  end: number;
  text: string;
}

/** Blank lines are dropped; leading and trailing white space (NBSP included) is outside the span. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const start = m.index + lead;
    out.push({ index: out.length, start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}
