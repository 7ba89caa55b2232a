// Renders linked mentions as a table for a person, or as the JSON array `lodscribe link --format json` prints.
import type { LinkedRecord } from '../entities.js';
import { entityIri } from '../link/keys.js';
import type { Minter } from '../rdf/namespaces.js';

export interface MentionRow {
  recordId: string; text: string; start: number; end: number; type: string;
  entity: { iri: string; label: string; qid: string | null; score: number };
}

export function mentionRows(records: LinkedRecord[], m: Minter): MentionRow[] {
  return records.flatMap((l) =>
    l.mentions.map((x) => {
      const e = l.entities.get(x.entity);
      const iri = e ? entityIri(m, e, l.record.id).value : '';
      return { recordId: x.recordId, text: x.text, start: x.start, end: x.end, type: x.type,
        entity: { iri, label: e?.label ?? x.entity, qid: e?.qid ?? null, score: e?.score ?? 0 } };
    }),
  );
}

/** An aligned text table: one row per mention. */
export function mentionTable(rows: MentionRow[]): string {
  const cells = [['record', 'span', 'type', 'text', 'entity', 'qid', 'score']].concat(
    rows.map((r) => [r.recordId, `${r.start}-${r.end}`, r.type, r.text, r.entity.label, r.entity.qid ?? '-', r.entity.score.toFixed(2)]),
  );
  const widths = cells[0]!.map((_, i) => Math.min(48, Math.max(...cells.map((c) => (c[i] ?? '').length))));
  return cells.map((c) => c.map((v, i) => (v.length > widths[i]! ? `${v.slice(0, widths[i]! - 1)}…` : v.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}
