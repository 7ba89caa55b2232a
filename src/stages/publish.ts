// Write stage: record graphs, the corpus and its reports → the output folder of DESIGN.md §6, replaced atomically.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quad } from '../rdf/factory.js';
import { toCompactJsonLd } from '../rdf/jsonld.js';
import { toNQuads, toTurtle } from '../rdf/serialize.js';
import { replaceDirAtomic, writeFileAtomic, type FileWriter } from '../write/atomic.js';
import * as layout from '../write/layout.js';

export interface RecordGraph { recordId: string; quads: readonly Quad[] }
export interface CorpusGraphs { entityQuads: readonly Quad[]; descriptionQuads: readonly Quad[]; provenanceQuads: readonly Quad[] }
export interface RecordReport { recordId: string; reportTurtle: string; summary: string }

export interface WriteOptions {
  /** Writes one file (default: temp file + fsync + rename); tests inject failures here. */
  writeFile?: FileWriter;
}

export interface WrittenOutput {
  /** The output folder as given. */
  outDir: string;
  /** Every file written, relative to outDir with '/' separators, sorted. */
  files: string[];
}

type Put = (relativePath: string, data: string) => Promise<void>;

async function writeRecords(put: Put, records: readonly RecordGraph[]): Promise<void> {
  const names = layout.fileNames(records.map((r) => r.recordId), 'record id');
  const byId = new Map(records.map((r) => [r.recordId, r]));
  for (const [id, name] of names) {
    const quads = byId.get(id)?.quads ?? [];
    await put(layout.recordTurtlePath(name), toTurtle(quads));
    await put(layout.recordJsonLdPath(name), await toCompactJsonLd(quads));
  }
}

async function writeReports(put: Put, reports: readonly RecordReport[]): Promise<void> {
  const names = layout.fileNames(reports.map((r) => r.recordId), 'report record id');
  const byId = new Map(reports.map((r) => [r.recordId, r]));
  const summaries: string[] = [];
  for (const [id, name] of names) {
    const report = byId.get(id);
    if (!report) continue;
    await put(layout.reportPath(name), report.reportTurtle);
    if (report.summary.trim() !== '') summaries.push(report.summary.replace(/\s+$/, ''));
  }
  await put(layout.SUMMARY_FILE, summaries.length > 0 ? `${summaries.join('\n')}\n` : '');
}

function corpusQuads(records: readonly RecordGraph[], extra: CorpusGraphs): Quad[] {
  return [...records.flatMap((r) => r.quads), ...extra.entityQuads, ...extra.descriptionQuads, ...extra.provenanceQuads];
}

/**
 * Writes `records/<id>.ttl` and `.jsonld` (each record graph, graph name dropped), `dataset.nq` (every quad, sorted),
 * `void.ttl` (description and provenance triples), `reports/<id>.ttl` and `reports/summary.txt`. The new folder is
 * built beside `outDir` and swapped in only when complete; the same input gives byte-identical files in any order.
 */
export async function writeOutput(
  outDir: string,
  records: readonly RecordGraph[],
  extra: CorpusGraphs,
  reports: readonly RecordReport[],
  options: WriteOptions = {},
): Promise<WrittenOutput> {
  const writeFile = options.writeFile ?? writeFileAtomic;
  const files: string[] = [];
  await layout.assertReplaceable(outDir);
  await replaceDirAtomic(outDir, async (staging) => {
    await mkdir(join(staging, 'records'));
    await mkdir(join(staging, 'reports'));
    const put: Put = async (relativePath, data) => {
      await writeFile(join(staging, ...relativePath.split('/')), data);
      files.push(relativePath);
    };
    await writeRecords(put, records);
    await put(layout.DATASET_FILE, toNQuads(corpusQuads(records, extra)));
    await put(layout.VOID_FILE, toTurtle([...extra.descriptionQuads, ...extra.provenanceQuads]));
    await writeReports(put, reports);
  });
  return { outDir, files: files.sort() };
}
