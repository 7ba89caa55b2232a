// The corpus of one run: what each record gave, the shared entities, and the output written from them at the end.
import type { LinkedRecord } from '../entities.js';
import type { Finding } from '../findings.js';
import { nQuadLine } from '../rdf/serialize.js';
import type { Quad } from '../rdf/factory.js';
import { describe } from '../stages/describe.js';
import { writeOutput, type RecordGraph, type RecordReport } from '../stages/publish.js';
import { loadShapes, type Shapes } from '../stages/validate.js';
import { VERSION } from '../version.js';
import type { CheckedRecord } from './record.js';
import type { RunResult } from '../pipeline.js';

export interface RecordOutcome {
  recordId: string;
  file: string;
  /** False when the record has errors or does not conform to the shapes: it is then left out of the output. */
  published: boolean;
  triples: number;
  turns: number;
  mentions: number;
  violations: number;
  findings: Finding[];
}

export class Corpus {
  readonly shapes: Shapes;
  readonly findings: Finding[] = [];
  private readonly outcomes: RecordOutcome[] = [];
  private readonly graphs: RecordGraph[] = [];
  private readonly reports: RecordReport[] = [];
  private readonly entityQuads = new Map<string, Quad>();
  /** Global entities of the published records, and whether each has a Wikidata link. */
  private readonly entities = new Map<string, boolean>();
  private readonly rights = new Set<string>();
  private readonly sources: { recordId: string; triples: number; sha256: string }[] = [];
  private inputFailures = 0;
  private readonly startedAt = new Date();

  constructor(private readonly base: string, shapesDir?: string) {
    this.shapes = loadShapes(shapesDir);
  }

  failInput(f: Finding): void {
    this.findings.push(f);
    this.inputFailures++;
  }

  add(linked: LinkedRecord, checked: CheckedRecord): RecordOutcome {
    const r = linked.record;
    const errors = checked.findings.filter((f) => f.severity === 'error');
    const published = checked.conforms && errors.length === 0;
    const outcome: RecordOutcome = { recordId: r.id, file: r.file, published, triples: checked.quads.length, turns: r.turns.length,
      mentions: linked.mentions.length, violations: checked.results.filter((x) => x.severity === 'Violation').length, findings: checked.findings };
    this.outcomes.push(outcome);
    this.findings.push(...checked.findings);
    this.reports.push({ recordId: r.id, reportTurtle: checked.reportTurtle, summary: checked.summary });
    if (!published) return outcome;
    this.graphs.push({ recordId: r.id, quads: checked.quads });
    for (const q of checked.entityQuads) this.entityQuads.set(nQuadLine(q), q);
    for (const e of linked.entities.values()) if (e.scope === 'global') this.entities.set(e.key, e.qid !== null);
    for (const p of r.rights) this.rights.add(p.text.replace(/\s*\[email[^\]]*\]\s*/g, ' ').trim());
    this.sources.push({ recordId: r.id, triples: checked.quads.length, sha256: r.source.sha256 });
    return outcome;
  }

  /** Describes the corpus and replaces the output folder with the new version as a whole. */
  async write(out: string, o: { license?: string }): Promise<RunResult> {
    const entityQuads = [...this.entityQuads.values()];
    const { description, provenance } = describe({
      base: this.base, version: VERSION, records: this.sources, entityQuads, rights: [...this.rights].sort(),
      startedAt: this.startedAt, endedAt: new Date(), ...(o.license ? { license: o.license } : {}),
    });
    const written = await writeOutput(out, this.graphs, { entityQuads, descriptionQuads: description, provenanceQuads: provenance }, this.reports);
    return {
      records: this.outcomes, findings: this.findings, files: written.files,
      links: [...this.entities.values()].filter(Boolean).length, entities: this.entities.size,
      failedRecords: this.inputFailures + this.outcomes.filter((x) => !x.published).length,
      triples: this.graphs.reduce((n, g) => n + g.quads.length, entityQuads.length + description.length + provenance.length),
    };
  }
}
