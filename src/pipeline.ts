// The whole architecture on one screen: read → ingest → extract → link → map → validate → write, one record at a time.
import type { LinkedRecord } from './entities.js';
import { loadAuthority, type Authority } from './extract/authority.js';
import { finding, type Finding } from './findings.js';
import { DEFAULT_BASE } from './rdf/namespaces.js';
import type { SourceRecord } from './record.js';
import { extract } from './stages/extract.js';
import { ingest } from './stages/ingest.js';
import { link } from './stages/link.js';
import { openWikidata, type WikidataOptions } from './link/session.js';
import { listRecordFiles, readRecord } from './stages/read.js';

export interface RunOptions {
  inputs: string[];
  /** Called after each record, for progress and per-record output. */
  onRecord?: (record: SourceRecord, index: number, total: number) => void;
}

export interface RunResult {
  records: SourceRecord[];
  findings: Finding[];
  failedRecords: number;
}

/** Runs every stage on every input record; a record that fails is reported and the others go on. */
export function runPipeline(options: RunOptions): RunResult {
  const { files, problems } = listRecordFiles(options.inputs);
  const result: RunResult = { records: [], findings: [], failedRecords: 0 };
  for (const p of problems) {
    result.findings.push(finding('read-failed', 'read', p.path, { reason: p.reason }));
    result.failedRecords++;
  }
  files.forEach((file, i) => {
    const record = parseFile(file, result);
    if (!record) return;
    result.records.push(record);
    result.findings.push(...record.findings);
    if (record.findings.some((f) => f.severity === 'error')) result.failedRecords++;
    options.onRecord?.(record, i, files.length);
  });
  return result;
}

export interface LinkFilesOptions extends WikidataOptions { base: string; authority?: string }
export interface LinkFilesResult { records: LinkedRecord[]; findings: Finding[]; failedRecords: number }

/** Read, ingest, extract and link every input record; names the authority lacks are reconciled (cache, or online). */
export async function linkFiles(inputs: string[], options: LinkFilesOptions = { base: DEFAULT_BASE }): Promise<LinkFilesResult> {
  const authority: Authority = loadAuthority(options.authority);
  const parsed = runPipeline({ inputs });
  const wikidata = openWikidata(options);
  const records: LinkedRecord[] = [];
  for (const r of parsed.records) {
    const extracted = extract(r, authority);
    const { reconciled, findings } = await wikidata.reconcile(r, extracted);
    records.push(link(r, { ...extracted, findings: [...extracted.findings, ...findings] }, authority, reconciled));
  }
  const closing = wikidata.close();
  return { records, findings: [...parsed.findings, ...records.flatMap((r) => r.findings), ...closing], failedRecords: parsed.failedRecords };
}

/** Reads and ingests one file; a file that cannot be read is a finding, not a crash. */
export function parseFile(file: string, result?: RunResult): SourceRecord | null {
  try {
    return ingest(readRecord(file));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    result?.findings.push(finding('read-failed', 'read', file, { reason }));
    if (result) result.failedRecords++;
    return null;
  }
}
