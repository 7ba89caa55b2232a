// The whole architecture on one screen: read → ingest → extract → link → map → validate → write, one record at a time.
import type { LinkedRecord } from './entities.js';
import { loadAuthority, type Authority } from './extract/authority.js';
import { finding, type Finding } from './findings.js';
import { openWikidata, type WikidataOptions } from './link/session.js';
import { DEFAULT_BASE } from './rdf/namespaces.js';
import type { SourceRecord } from './record.js';
import { extract } from './stages/extract.js';
import { ingest } from './stages/ingest.js';
import { link } from './stages/link.js';
import { listRecordFiles, readRecord } from './stages/read.js';
import { Corpus, type RecordOutcome } from './run/corpus.js';
import { mapAndValidate } from './run/record.js';

export interface RunOptions extends WikidataOptions {
  inputs: string[];
  out: string;
  base?: string;
  authority?: string;
  shapes?: string;
  /** The licence IRI of the published data, stated in the dataset description. */
  license?: string;
  /** Called after each record, for progress. */
  onRecord?: (outcome: RecordOutcome, index: number, total: number) => void;
}

export interface RunResult { records: RecordOutcome[]; findings: Finding[]; failedRecords: number; triples: number; entities: number; links: number; files: string[] }

/** Runs every stage on every input record and writes the output; a record that fails is reported and the others go on. */
export async function runPipeline(o: RunOptions): Promise<RunResult> {
  const base = o.base ?? DEFAULT_BASE;
  const authority = loadAuthority(o.authority);
  const corpus = new Corpus(base, o.shapes);
  const wikidata = openWikidata(o);
  const { files, problems } = listRecordFiles(o.inputs);
  for (const p of problems) corpus.failInput(finding('read-failed', 'read', p.path, { reason: p.reason }));
  for (const [i, file] of files.entries()) {
    const record = parseFile(file, corpus.findings);
    if (!record) continue;
    const extracted = extract(record, authority);
    const { reconciled, findings } = await wikidata.reconcile(record, extracted);
    const linked = link(record, { ...extracted, findings: [...extracted.findings, ...findings] }, authority, reconciled);
    const outcome = corpus.add(linked, mapAndValidate(linked, base, corpus.shapes));
    o.onRecord?.(outcome, i, files.length);
  }
  corpus.findings.push(...wikidata.close());
  return corpus.write(o.out, { license: o.license });
}

export interface LinkFilesOptions extends WikidataOptions { base: string; authority?: string }
export interface LinkFilesResult { records: LinkedRecord[]; findings: Finding[]; failedRecords: number }

/** Read, ingest, extract and link every input record; names the authority lacks are reconciled (cache, or online). */
export async function linkFiles(inputs: string[], options: LinkFilesOptions = { base: DEFAULT_BASE }): Promise<LinkFilesResult> {
  const authority: Authority = loadAuthority(options.authority);
  const { files, problems } = listRecordFiles(inputs);
  const findings = problems.map((p) => finding('read-failed', 'read', p.path, { reason: p.reason }));
  const wikidata = openWikidata(options);
  const records: LinkedRecord[] = [];
  for (const file of files) {
    const r = parseFile(file, findings);
    if (!r) continue;
    const extracted = extract(r, authority);
    const { reconciled, findings: more } = await wikidata.reconcile(r, extracted);
    records.push(link(r, { ...extracted, findings: [...r.findings, ...extracted.findings, ...more] }, authority, reconciled));
  }
  findings.push(...records.flatMap((r) => r.findings), ...wikidata.close());
  return { records, findings, failedRecords: problems.length + files.length - records.length };
}

/** Reads and ingests one file; a file that cannot be read is a finding, not a crash. */
export function parseFile(file: string, findings?: Finding[]): SourceRecord | null {
  try {
    return ingest(readRecord(file));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    findings?.push(finding('read-failed', 'read', file, { reason }));
    return null;
  }
}
