// The source spans of a record's parts by IRI (turns, narration, notes), so a report can point into the text.
import type { Span } from '../findings.js';
import { mint } from '../rdf/namespaces.js';
import type { SourceRecord } from '../record.js';

/** Turn n ↔ `record/<id>/turn/n`, narration k ↔ `record/<id>/narration/k`, note k ↔ `record/<id>/note/k`. */
export function partSpans(record: SourceRecord, base: string): Map<string, Span> {
  const m = mint(base);
  const spans = new Map<string, Span>();
  const at = (s: Span): Span => ({ start: s.start, end: s.end });
  for (const t of record.turns) spans.set(m.recordPart(record.id, 'turn', t.n).value, at(t));
  record.segments.filter((s) => s.kind !== 'turn').forEach((s, i) => spans.set(m.recordPart(record.id, 'narration', i + 1).value, at(s)));
  record.editorial.forEach((n, i) => spans.set(m.recordPart(record.id, 'note', i + 1).value, at(n)));
  return spans;
}
