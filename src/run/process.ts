// One record through every per-record stage (read → … → serialise), timed; what the corpus keeps, and the record's files.
import type { Authority } from '../extract/authority.js';
import { finding, type Finding } from '../findings.js';
import type { WikidataSession } from '../link/session.js';
import { partSpans } from '../map/spans.js';
import { compactJsonLd } from '../rdf/jsonld-writer.js';
import { nQuadLines, toNQuads, toTurtle } from '../rdf/serialize.js';
import { formatValidation } from '../render/validation.js';
import { extract } from '../stages/extract.js';
import { ingest } from '../stages/ingest.js';
import { link } from '../stages/link.js';
import { mapRecord } from '../stages/map.js';
import { readRecord } from '../stages/read.js';
import { validateRecordFast, type Shapes } from '../stages/validate.js';
import type { RecordOutcome } from './corpus.js';
import { timed, timedAsync, type StageTimes } from './events.js';

export interface RecordContext { authority: Authority; shapes: Shapes; base: string; wikidata: WikidataSession }

/** What the corpus keeps of a record (small; the record's texts go to files). */
export interface RecordMeta {
  outcome: RecordOutcome;
  /** N-Quads lines of the record's quads about shared entities (published records only). */
  entityLines: string[];
  /** Global entity keys the record names, and whether each has a Wikidata link (published records only). */
  entities: [string, boolean][];
  /** The record's rights statements, artefacts removed (published records only). */
  rights: string[];
  sha256: string;
  /** The record's line(s) of reports/summary.txt. */
  summary: string;
}

/** The record's files: Turtle, JSON-LD and N-Quads of its graph when published, and its SHACL report. */
export interface RecordTexts { ttl?: string; jsonld?: string; nq?: string; report: string }

export type Processed = { meta: RecordMeta; texts: RecordTexts; times: StageTimes } | { failure: Finding; times: StageTimes };

/** Runs one record file through the stages; a file that cannot be read is a finding, a bug in a stage throws. */
export async function processRecord(file: string, ctx: RecordContext): Promise<Processed> {
  const times: StageTimes = {};
  let record;
  try {
    const input = timed(times, 'read', () => readRecord(file));
    record = timed(times, 'ingest', () => ingest(input));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { failure: finding('read-failed', 'read', file, { reason }), times };
  }
  const r = record;
  const extracted = timed(times, 'extract', () => extract(r, ctx.authority));
  const { reconciled, findings } = await timedAsync(times, 'link', () => ctx.wikidata.reconcile(r, extracted));
  const linked = timed(times, 'link', () => link(r, { ...extracted, findings: [...extracted.findings, ...findings] }, ctx.authority, reconciled));
  const mapped = timed(times, 'map', () => mapRecord(linked, { base: ctx.base }));
  const checked = await timedAsync(times, 'validate', async () => {
    const outcome = await validateRecordFast([...mapped.quads, ...mapped.entityQuads], ctx.shapes, { recordId: mapped.recordId, spans: partSpans(r, ctx.base) });
    return { ...outcome, report: toTurtle(outcome.reportQuads), summary: formatValidation(mapped.recordId, outcome.results) };
  });
  const all: Finding[] = [...r.findings, ...linked.findings, ...mapped.findings];
  const published = checked.conforms && !all.some((f) => f.severity === 'error');
  const outcome: RecordOutcome = {
    recordId: r.id, file: r.file, published, triples: mapped.quads.length, turns: r.turns.length, mentions: linked.mentions.length,
    violations: checked.results.filter((x) => x.severity === 'Violation').length, findings: all,
  };
  const meta: RecordMeta = { outcome, entityLines: [], entities: [], rights: [], sha256: r.source.sha256, summary: checked.summary };
  const texts: RecordTexts = { report: checked.report };
  if (!published) return { meta, texts, times };
  meta.entityLines = nQuadLines(mapped.entityQuads);
  meta.entities = [...linked.entities.values()].filter((e) => e.scope === 'global').map((e) => [e.key, e.qid !== null]);
  meta.rights = r.rights.map((p) => p.text.replace(/\s*\[email[^\]]*\]\s*/g, ' ').trim());
  texts.ttl = timed(times, 'turtle', () => toTurtle(mapped.sorted));
  texts.jsonld = await timedAsync(times, 'jsonld', () => compactJsonLd(mapped.quads));
  texts.nq = timed(times, 'nquads', () => toNQuads(mapped.sorted));
  return { meta, texts, times };
}
