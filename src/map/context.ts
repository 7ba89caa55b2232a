// What every part of the map stage shares: the record, the minter, the two graphs, the resolver and findings.
import type { LinkedRecord, Mention } from '../entities.js';
import { finding, type Finding, type FindingCode, type Span } from '../findings.js';
import type { NamedNode } from '../rdf/factory.js';
import { aat, crm, rdfs, schema, type Minter } from '../rdf/namespaces.js';
import type { SourceRecord } from '../record.js';
import { Resolver } from './resolve.js';
import { Sink } from './sink.js';
import { SourceText } from './text.js';

/** AAT concepts the mapping uses, with their CRM class and label (typed where used, as Linked Art does). */
export const CONCEPTS = {
  english: { id: 300388277, cls: crm.E56_Language, label: 'English' },
  primaryName: { id: 300404670, cls: crm.E55_Type, label: 'primary name' },
} as const;

export class MapContext {
  readonly id: string;
  readonly record: SourceRecord;
  readonly out: Sink;
  readonly global: Sink;
  readonly text: SourceText;
  readonly resolver: Resolver;
  readonly findings: Finding[] = [];

  constructor(
    readonly linked: LinkedRecord,
    readonly m: Minter,
  ) {
    this.record = linked.record;
    this.id = linked.record.id;
    this.out = new Sink(m.graph(this.id));
    this.global = new Sink(m.entitiesGraph);
    this.text = new SourceText(this.record);
    this.resolver = new Resolver(linked, m);
  }

  /** `<base>record/R` */
  get recordIri(): NamedNode {
    return this.m.record(this.id);
  }

  /** `<base>record/R/<segment>/…` */
  part(...segments: readonly (string | number)[]): NamedNode {
    return this.m.recordPart(this.id, ...segments);
  }

  note(code: FindingCode, args: Record<string, string | number> = {}, span?: Span): void {
    this.findings.push(finding(code, 'map', this.id, args, span && { start: span.start, end: span.end }));
  }

  /** `s` P67_refers_to / schema:mentions the entity of each mention the link stage supplied. */
  refersTo(s: NamedNode, mentions: readonly Mention[]): void {
    for (const m of mentions) {
      const e = this.resolver.get(m.entity);
      if (e) this.out.both(s, [crm.P67_refers_to, schema.mentions], this.resolver.iri(e));
    }
  }

  /** An AAT concept, typed and labelled in the graph that uses it. */
  concept(sink: Sink, which: keyof typeof CONCEPTS): NamedNode {
    const c = CONCEPTS[which];
    const iri = aat(c.id);
    sink.types(iri, c.cls);
    sink.en(iri, rdfs.label, c.label);
    return iri;
  }
}
