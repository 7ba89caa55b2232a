// The record itself: types, title, language, date, source text, summary, rights, metadata values, what it is about.
import { namedNode, type NamedNode } from '../rdf/factory.js';
import { isIri } from '../rdf/iri.js';
import { crm, dcterms, lod, schema } from '../rdf/namespaces.js';
import type { MapContext } from './context.js';
import { dateLiteral } from './dates.js';
import { within } from './text.js';

export const MAPPING_VERSION = '1';

export function mapRecordNode(ctx: MapContext): void {
  const { out, record } = ctx;
  const r = ctx.recordIri;
  out.types(r, crm.E31_Document, crm.E33_Linguistic_Object, schema.ArchiveComponent);
  out.add(r, crm.P72_has_language, ctx.concept(out, 'english'));
  out.str(r, schema.inLanguage, 'en');
  out.str(r, schema.identifier, recordIdentifier(ctx));
  out.str(r, lod.mappingVersion, MAPPING_VERSION);
  out.str(r, schema.genre, record.type);
  const created = record.date && dateLiteral(record.date.iso, record.date.precision);
  if (created) out.add(r, schema.dateCreated, created);
  mapTitle(ctx, r);
  mapSource(ctx);
}

/** The `Record ID` the page or sidecar gives, else the record id: one schema:identifier. */
function recordIdentifier(ctx: MapContext): string {
  const given = Object.hasOwn(ctx.record.metadata, 'Record ID') ? ctx.record.metadata['Record ID']?.trim() : undefined;
  return given ? ctx.text.clean(given) : ctx.id;
}

function mapTitle(ctx: MapContext, r: NamedNode): void {
  const text = titleText(ctx);
  if (text === '') return;
  const t = ctx.part('title');
  ctx.out.types(t, crm.E35_Title);
  ctx.out.en(t, crm.P190_has_symbolic_content, text);
  ctx.out.add(r, crm.P102_has_title, t);
  ctx.out.en(r, schema.name, text);
}

/** The record's title with artefacts removed, or '' when it has none. */
export function titleText(ctx: MapContext): string {
  const title = ctx.record.title;
  return title ? ctx.text.clean(title.text, title).trim() : '';
}

function mapSource(ctx: MapContext): void {
  const s = ctx.part('source');
  ctx.out.types(s, lod.Source, crm.E33_Linguistic_Object);
  ctx.out.str(s, lod.sha256, ctx.record.source.sha256);
  ctx.out.str(s, schema.encodingFormat, 'text/plain');
}

export function mapSummaryAndRights(ctx: MapContext): void {
  const { out, record } = ctx;
  const r = ctx.recordIri;
  const summary = record.summary ? ctx.text.clean(record.summary.text, record.summary) : '';
  if (summary.trim() !== '') {
    const s = ctx.part('summary');
    out.types(s, crm.E33_Linguistic_Object, lod.Summary);
    out.en(s, crm.P190_has_symbolic_content, summary);
    out.add(r, crm.P67i_is_referred_to_by, s);
    out.en(r, schema.abstract, summary);
  }
  const rights = record.rights.map((p) => ctx.text.clean(p.text, p)).filter((t) => t.trim() !== '');
  rights.forEach((text, i) => {
    const s = ctx.part('rights', i + 1);
    out.types(s, crm.E33_Linguistic_Object, lod.RightsStatement);
    out.en(s, crm.P190_has_symbolic_content, text);
    out.add(r, crm.P67i_is_referred_to_by, s);
  });
  if (rights.length > 0) out.en(r, schema.copyrightNotice, rights.join('\n\n'));
}

type MetadataRule = (ctx: MapContext, value: string) => void;

const METADATA: Readonly<Record<string, MetadataRule>> = {
  'Original Archive': (ctx, v) => ctx.out.en(ctx.recordIri, dcterms.source, v),
  Source: (ctx, v) => ctx.out.en(ctx.recordIri, dcterms.bibliographicCitation, v),
  Language: (ctx, v) => ctx.out.en(ctx.recordIri, lod.originalLanguage, v),
  'Translated by': (ctx, v) => ctx.out.str(ctx.recordIri, schema.translator, v),
  URL: mapUrl,
};

function mapUrl(ctx: MapContext, value: string): void {
  if (isIri(value) && /^https?:\/\/[^/\s]+/i.test(value)) ctx.out.add(ctx.recordIri, schema.url, namedNode(value));
  else ctx.note('map-invalid-value', { field: 'URL', value: value.slice(0, 200), reason: 'not an absolute http(s) IRI' });
}

/** Only the metadata values the page or its sidecar gives. */
export function mapMetadata(ctx: MapContext): void {
  for (const [heading, rule] of Object.entries(METADATA)) {
    const value = Object.hasOwn(ctx.record.metadata, heading) ? ctx.record.metadata[heading] : undefined;
    if (value !== undefined && value.trim() !== '') rule(ctx, ctx.text.clean(value.trim()));
  }
}

/** Entities named in the summary: P129_is_about / schema:about; every other entity named: P67 / schema:mentions. */
export function mapAboutAndMentions(ctx: MapContext, mentioned: readonly string[]): void {
  const summary = ctx.record.summary;
  const inSummary = new Set(
    ctx.linked.mentions.filter((m) => m.from === 'summary' || (summary && within(m, summary))).map((m) => m.entity),
  );
  for (const key of mentioned) {
    const e = ctx.resolver.get(key);
    if (!e) continue;
    const about = inSummary.has(key);
    ctx.out.both(ctx.recordIri, about ? [crm.P129_is_about, schema.about] : [crm.P67_refers_to, schema.mentions], ctx.resolver.iri(e));
  }
}
