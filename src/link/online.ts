// Reconciles a record's unlinked names with Wikidata (online, or from the cache offline) and replays review decisions.
import type { Finding } from '../findings.js';
import { slugify } from '../rdf/iri.js';
import type { SourceRecord } from '../record.js';
import type { Extracted } from '../stages/extract.js';
import type { Reconciled } from '../stages/link.js';
import { reconcile, type ReconcileQuery, type ReviewRow, type WikidataClient } from '../stages/wikidata.js';

export interface RecordReconciliation { reconciled: Map<string, Reconciled>; review: ReviewRow[]; findings: Finding[] }

/** One query per record-scoped candidate; accepted answers are keyed by the candidate's key. */
export async function reconcileRecord(record: SourceRecord, extracted: Extracted, client: WikidataClient, review: ReviewRow[]): Promise<RecordReconciliation> {
  const candidates = [...extracted.unlinked.values()];
  const queries: ReconcileQuery[] = candidates.map((u) => {
    const gloss = extracted.mentions.find((m) => m.entity === u.key && m.gloss)?.gloss?.role;
    const q: ReconcileQuery = { name: u.name, kind: u.kind, recordId: record.id, span: { start: u.first.start, end: u.first.end } };
    if (record.date) q.recordDate = record.date.iso;
    if (gloss) q.gloss = gloss;
    return q;
  });
  const outcome = await reconcile(queries, client, { review });
  const reconciled = new Map<string, Reconciled>();
  outcome.results.forEach((r, i) => {
    const key = candidates[i]?.key;
    if (key && r.status === 'linked') reconciled.set(key, { qid: r.qid, label: r.label, score: r.score, via: r.via, slug: slugify(r.label) });
  });
  return { reconciled, review: outcome.review, findings: outcome.findings };
}
