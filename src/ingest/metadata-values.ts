// Reads the values under each metadata heading, and the rights paragraphs, from the foot of a record page.
import type { FindingCode } from '../findings.js';
import type { MetadataField } from '../record.js';
import { headingOf, isRightsParagraph } from './metadata.js';
import type { Paragraph } from './paragraphs.js';

export interface MetadataScan {
  fields: MetadataField[];
  /** Heading → value (lines joined with a newline), only for headings that have one. */
  values: Record<string, string>;
  rights: Paragraph[];
}

type Note = (code: FindingCode, args?: Record<string, string | number>, at?: { start: number; end: number }) => void;

/** Each heading takes the lines up to the next heading; rights statements go to `rights` wherever they stand. */
export function readMetadata(paragraphs: Paragraph[], note: Note): MetadataScan {
  const out: MetadataScan = { fields: [], values: Object.create(null) as Record<string, string>, rights: [] };
  let current: MetadataField | null = null;
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const h = headingOf(p.text);
    if (h) {
      current = h.heading ? openField(out, h.heading, seen, note, p) : null;
      if (current && h.inline) addLine(current, h.inline.text, p.start + h.inline.start, p.end);
      continue;
    }
    if (isRightsParagraph(p.text)) {
      out.rights.push(p);
      if (current?.heading === 'Rights') addLine(current, p.text, p.start, p.end);
      continue;
    }
    if (current) addLine(current, p.text, p.start, p.end);
    else note('unplaced-line', { text: p.text.slice(0, 80) }, p);
  }
  for (const f of out.fields) if (f.value !== '') out.values[f.heading] = f.value;
  out.fields = out.fields.filter((f) => f.value !== '');
  return out;
}

function openField(out: MetadataScan, heading: string, seen: Set<string>, note: Note, p: Paragraph): MetadataField {
  if (seen.has(heading)) {
    note('duplicate-heading', { heading }, p);
    const existing = out.fields.find((f) => f.heading === heading);
    if (existing) return existing;
  }
  seen.add(heading);
  const field: MetadataField = { heading, value: '' };
  out.fields.push(field);
  return field;
}

function addLine(field: MetadataField, text: string, start: number, end: number): void {
  field.value = field.value ? `${field.value}\n${text}` : text;
  field.span = field.span ? { start: field.span.start, end } : { start, end };
}
