// The corpus of one run: what each record gave (in input order, whatever order they finish in), and the output at the end.
import type { Finding } from '../findings.js';
import { parseRdf } from '../rdf/parse.js';
import { describe } from '../stages/describe.js';
import { VERSION } from '../version.js';
import type { RunResult } from '../pipeline.js';
import { assembleOutput, type AssembledRecord } from './assemble.js';
import type { Ledger } from './ledger.js';
import type { RecordMeta } from './process.js';

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

type Slot = { failure: Finding } | { outcome: RecordOutcome; record: AssembledRecord };

export class Corpus {
  /** Findings that belong to no record (inputs that do not exist, the review file), in the order they came. */
  private readonly inputFindings: Finding[] = [];
  private readonly closingFindings: Finding[] = [];
  private readonly slots: (Slot | undefined)[] = [];
  private readonly entityLines = new Set<string>();
  /** Global entities of the published records, and whether each has a Wikidata link. */
  private readonly entities = new Map<string, boolean>();
  private readonly rights = new Set<string>();
  private readonly sources: { recordId: string; triples: number; sha256: string }[] = [];
  private readonly startedAt = new Date();

  constructor(private readonly base: string) {}

  failInput(f: Finding): void {
    this.inputFindings.push(f);
  }

  /** Findings of the run's end (the review file), reported after the records'. */
  closing(findings: Finding[]): void {
    this.closingFindings.push(...findings);
  }

  /** Record file number `index` could not be read. */
  fail(index: number, f: Finding): void {
    this.slots[index] = { failure: f };
  }

  /** Record file number `index` gave `meta`; its files are the ledger entry `key`. */
  add(index: number, key: string, meta: RecordMeta): RecordOutcome {
    const outcome = meta.outcome;
    this.slots[index] = { outcome, record: { recordId: outcome.recordId, key, published: outcome.published, summary: meta.summary } };
    if (!outcome.published) return outcome;
    for (const line of meta.entityLines) this.entityLines.add(line);
    for (const [key, linked] of meta.entities) this.entities.set(key, linked);
    for (const r of meta.rights) this.rights.add(r);
    this.sources.push({ recordId: outcome.recordId, triples: outcome.triples, sha256: meta.sha256 });
    return outcome;
  }

  get findings(): Finding[] {
    const perRecord = this.slots.flatMap((s) => (!s ? [] : 'failure' in s ? [s.failure] : s.outcome.findings));
    return [...this.inputFindings, ...perRecord, ...this.closingFindings];
  }

  /** Describes the corpus and replaces the output folder with the new version as a whole. */
  async write(out: string, ledger: Ledger, o: { license?: string }): Promise<RunResult> {
    const entityQuads = parseRdf([...this.entityLines].map((l) => `${l}\n`).join(''), 'n-quads');
    const { description, provenance } = describe({
      base: this.base, version: VERSION, records: this.sources, entityQuads, rights: [...this.rights].sort(),
      startedAt: this.startedAt, endedAt: new Date(), ...(o.license ? { license: o.license } : {}),
    });
    const done = this.slots.filter((s): s is Extract<Slot, { outcome: RecordOutcome }> => s !== undefined && 'outcome' in s);
    const written = await assembleOutput(out, this.base, done.map((s) => s.record), ledger, { entityQuads, descriptionQuads: description, provenanceQuads: provenance });
    const outcomes = done.map((s) => s.outcome);
    const failedReads = this.slots.filter((s) => s && 'failure' in s).length;
    return {
      records: outcomes, findings: this.findings, files: written.files,
      links: [...this.entities.values()].filter(Boolean).length, entities: this.entities.size,
      failedRecords: this.inputFindings.filter((f) => f.code === 'read-failed').length + failedReads + outcomes.filter((x) => !x.published).length,
      triples: this.sources.reduce((n, r) => n + r.triples, entityQuads.length + description.length + provenance.length),
    };
  }
}
