// What the reading view of a record shows, read from its graph per ontology/MAPPING.md.
import { crm, dcterms, lod, oa, prov, rdfs, schema } from '../../rdf/namespaces.js';
import type { Quote } from '../anchor.js';
import type { ServedData } from '../data.js';

export interface MentionRef { quote: Quote; entity: string; source: string }
export interface Segment { iri: string; text: string; mentions: MentionRef[]; asides: string[] }
export interface Turn extends Segment { n: number; label: string; sender: string | undefined }
export interface Narration extends Segment { kind: string }
export interface Note { text: string; kind: string }
export interface Run { iri: string; label: string | undefined; started: string | undefined; ended: string | undefined; software: string[] }

export interface ReadingView {
  iri: string;
  title: string;
  identifier: string | undefined;
  date: string | undefined;
  genre: string | undefined;
  summary: string | undefined;
  rights: string[];
  sha256: string | undefined;
  runs: Run[];
  attendees: string[];
  duration: string | undefined;
  turns: Turn[];
  narration: Narration[];
  notes: Note[];
}

const number = (value: string | undefined): number => (value !== undefined && /^-?\d+$/.test(value) ? Number(value) : NaN);

/** The mention annotations whose targets lie in `segment`, with their selectors. */
export function mentionsIn(data: ServedData, segment: string): MentionRef[] {
  const out: MentionRef[] = [];
  for (const target of data.subjectsWith(dcterms.isPartOf, segment)) {
    const annotation = data.subjectsWith(oa.hasTarget, target)[0];
    const entity = annotation ? data.iris(annotation, oa.hasBody)[0] : undefined;
    if (!annotation || !entity) continue;
    const selectors = data.iris(target, oa.hasSelector);
    const position = selectors.find((s) => data.hasType(s, oa.TextPositionSelector));
    const quote = selectors.find((s) => data.hasType(s, oa.TextQuoteSelector));
    const exact = quote ? data.text(quote, oa.exact) : undefined;
    const start = position ? number(data.text(position, oa.start)) : NaN;
    const end = position ? number(data.text(position, oa.end)) : NaN;
    if (exact === undefined || Number.isNaN(start) || Number.isNaN(end) || !quote) continue;
    const q: Quote = { start, end, exact, prefix: data.text(quote, oa.prefix) ?? '', suffix: data.text(quote, oa.suffix) ?? '' };
    out.push({ quote: q, entity, source: data.text(annotation, lod.mentionSource) ?? '' });
  }
  return out.sort((a, b) => a.quote.start - b.quote.start);
}

function segment(data: ServedData, iri: string, text: string | undefined): Segment {
  const asides = data.subjectsWith(crm.P106i_forms_part_of, iri).filter((a) => data.hasType(a, lod.NarratorAside));
  return { iri, text: text ?? '', mentions: mentionsIn(data, iri), asides: asides.flatMap((a) => data.texts(a, schema.text).slice(0, 1)) };
}

function byPosition<T extends { n: number }>(items: T[]): T[] {
  return items.sort((a, b) => a.n - b.n);
}

function turns(data: ServedData, parts: readonly string[]): Turn[] {
  return byPosition(
    parts
      .filter((p) => data.hasType(p, lod.SpeechTurn))
      .map((p) => ({
        ...segment(data, p, data.text(p, lod.textAsPrinted) ?? data.text(p, schema.text)),
        n: number(data.text(p, schema.position)),
        label: data.text(p, lod.labelAsPrinted) ?? '',
        sender: data.iris(p, schema.sender)[0],
      })),
  );
}

function narration(data: ServedData, parts: readonly string[]): Narration[] {
  const items = parts
    .filter((p) => data.hasType(p, lod.Narration))
    .map((p) => ({ ...segment(data, p, data.text(p, schema.text)), n: number(data.text(p, schema.position)), kind: data.text(p, lod.segmentKind) ?? 'narration' }));
  return byPosition(items);
}

function runs(data: ServedData, source: string): Run[] {
  return data.subjectsWith(prov.used, source).map((run) => ({
    iri: run,
    label: data.text(run, rdfs.label),
    started: data.text(run, prov.startedAtTime),
    ended: data.text(run, prov.endedAtTime),
    software: data.iris(run, prov.wasAssociatedWith).map((s) => data.text(s, rdfs.label) ?? s),
  }));
}

/** Everything the reading view of `record` shows. */
export function readingView(data: ServedData, record: string): ReadingView {
  const parts = data.iris(record, crm.P106_is_composed_of);
  const talks = data.iris(record, crm.P70_documents)[0];
  const source = `${record}/source`;
  return {
    iri: record,
    title: data.text(record, schema.name) ?? data.text(record, schema.identifier) ?? record,
    identifier: data.text(record, schema.identifier),
    date: data.text(record, schema.dateCreated),
    genre: data.text(record, schema.genre),
    summary: data.text(record, schema.abstract),
    rights: (data.text(record, schema.copyrightNotice) ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== ''),
    sha256: data.text(source, lod.sha256),
    runs: runs(data, source),
    attendees: talks ? data.iris(talks, schema.attendee) : [],
    duration: talks ? data.text(talks, schema.duration) : undefined,
    turns: turns(data, parts),
    narration: narration(data, parts),
    notes: parts.filter((p) => data.hasType(p, lod.EditorialNote)).map((p) => ({ text: data.text(p, crm.P190_has_symbolic_content) ?? '', kind: data.text(p, lod.editorialKind) ?? 'other' })),
  };
}
