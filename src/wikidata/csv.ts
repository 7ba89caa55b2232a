// RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break; quotes doubled. Reads LF and CRLF.

/** One field as RFC 4180 writes it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Lines joined with LF, and a final LF. */
export function writeCsv(rows: string[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

export interface CsvRow {
  /** The line the row starts on, 1-based. */
  line: number;
  fields: string[];
}

/** The rows of `text` (blank lines skipped); `error` when a quoted field is not closed or a quote is misplaced. */
export function readCsv(text: string): { rows: CsvRow[]; error?: { line: number; reason: string } } {
  const rows: CsvRow[] = [];
  const s = text.replace(/^\uFEFF/, '');
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: start, fields });
    fields = [];
    field = '';
  };
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' && field === '') {
      const close = quoted(s, i + 1);
      if (close.end < 0) return { rows, error: { line, reason: 'a quoted field is not closed' } };
      field = close.value;
      line += close.lines;
      i = close.end;
      if (i < s.length && !/[,\r\n]/.test(s[i] ?? '')) return { rows, error: { line, reason: 'text after a closing quote' } };
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      endRow();
      start = ++line;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || fields.length) endRow();
  return { rows };
}

/** A quoted field from just after its opening quote: its value, the index after the closing quote, the line breaks in it. */
function quoted(s: string, from: number): { value: string; end: number; lines: number } {
  let value = '';
  let lines = 0;
  for (let i = from; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') {
      if (s[i + 1] !== '"') return { value, end: i + 1, lines };
      value += '"';
      i++;
    } else {
      if (ch === '\n') lines++;
      value += ch;
    }
  }
  return { value, end: -1, lines };
}
