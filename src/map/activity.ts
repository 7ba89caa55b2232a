// The talks a record documents and the creation of other records: time-span, duration, participants, place, author.
import type { Entity, EntityKind } from '../entities.js';
import type { Span } from '../findings.js';
import { literal, type NamedNode } from '../rdf/factory.js';
import { crm, lod, rdfs, schema, xsd } from '../rdf/namespaces.js';
import type { SegmentKind } from '../record.js';
import type { MapContext } from './context.js';
import { dateLiteral, durationMinutes, spanBounds } from './dates.js';
import { ACTOR_KINDS } from './resolve.js';
import { titleText } from './record.js';

/** Transcripts document talks; every other kind of record has a creation instead (MAPPING.md). */
export function hasTalks(ctx: MapContext): boolean {
  return ctx.record.type === 'transcript';
}

/** Resolves a name (or mints a record-scoped entity, with a finding) and returns its IRI. */
export function resolveIri(ctx: MapContext, role: string, name: string, span: Span | undefined, kinds: readonly EntityKind[], kind: EntityKind): NamedNode {
  const { entity, minted } = ctx.resolver.resolve(name, span, kinds, kind);
  if (minted) ctx.note('map-unresolved-name', { role, name, kind }, span);
  return ctx.resolver.iri(entity);
}

export function mapActivities(ctx: MapContext): void {
  if (hasTalks(ctx)) mapTalks(ctx);
  else mapCreation(ctx);
  mapPlace(ctx, ctx.part(hasTalks(ctx) ? 'talks' : 'creation'));
}

function mapTalks(ctx: MapContext): void {
  const { out, record } = ctx;
  const t = ctx.part('talks');
  out.types(t, crm.E7_Activity, lod.Talks, schema.Event);
  out.en(t, rdfs.label, `Talks recorded in ${ctx.id}`);
  out.en(t, schema.name, titleText(ctx));
  out.both(ctx.recordIri, [crm.P70_documents, schema.about], t);
  out.add(t, schema.recordedIn, ctx.recordIri);
  const span = mapTimeSpan(ctx, t, 'talks');
  const start = record.date ? dateLiteral(record.date.iso, record.date.precision) : undefined;
  if (start) out.add(t, schema.startDate, start);
  mapDuration(ctx, t, span);
  mapParticipants(ctx, t);
}

/** The time-span of the record's date, covering the whole day, month, year or minute; undefined when undated. */
function mapTimeSpan(ctx: MapContext, activity: NamedNode, segment: string): NamedNode | undefined {
  const date = ctx.record.date;
  const bounds = date ? spanBounds(date.iso, date.precision) : undefined;
  if (!date || !bounds) return undefined;
  const ts = ctx.part(segment, 'time-span');
  ctx.out.types(ts, crm['E52_Time-Span']);
  ctx.out.add(activity, crm['P4_has_time-span'], ts);
  ctx.out.add(ts, crm.P82a_begin_of_the_begin, bounds[0]);
  ctx.out.add(ts, crm.P82b_end_of_the_end, bounds[1]);
  ctx.out.en(ts, rdfs.label, date.text);
  return ts;
}

/** Minutes as an xsd:decimal lexical form (at most 4 decimals, no exponent). */
const decimal = (n: number): string => n.toFixed(4).replace(/\.?0+$/, '');

/** schema:duration on the talks; the CRM dimension hangs off the time-span (P191's domain), so only when dated. */
function mapDuration(ctx: MapContext, talks: NamedNode, timeSpan: NamedNode | undefined): void {
  const duration = ctx.record.duration;
  if (!duration) return;
  const minutes = durationMinutes(duration.iso);
  if (minutes === undefined) {
    ctx.note('map-invalid-value', { field: 'duration', value: duration.iso, reason: 'not an ISO 8601 day-time duration' }, duration);
    return;
  }
  ctx.out.add(talks, schema.duration, literal(duration.iso, xsd.duration));
  if (!timeSpan) return;
  const d = ctx.part('talks', 'duration');
  ctx.out.types(d, crm.E54_Dimension);
  ctx.out.en(d, rdfs.label, duration.text);
  ctx.out.add(d, crm.P90_has_value, literal(decimal(minutes), xsd.decimal));
  ctx.out.add(d, lod.isoDuration, literal(duration.iso, xsd.duration));
  ctx.out.add(timeSpan, crm.P191_had_duration, d);
}

/** Principals carried the talks out (P14), the others took part (P11); all are attendees. */
function mapParticipants(ctx: MapContext, talks: NamedNode): void {
  const resolved = ctx.record.participants.map((p) => ({
    principal: p.role === 'principal',
    iri: resolveIri(ctx, 'participant', p.name, p.span, ACTOR_KINDS, 'person'),
  }));
  const principals = new Set(resolved.filter((p) => p.principal).map((p) => p.iri.value));
  for (const p of resolved) {
    const isPrincipal = principals.has(p.iri.value);
    ctx.out.add(talks, isPrincipal ? crm.P14_carried_out_by : crm.P11_had_participant, p.iri);
    ctx.out.add(talks, schema.attendee, p.iri);
  }
}

function mapCreation(ctx: MapContext): void {
  const c = ctx.part('creation');
  const r = ctx.recordIri;
  ctx.out.types(c, crm.E65_Creation, schema.CreateAction);
  ctx.out.en(c, rdfs.label, `Creation of record ${ctx.id}`);
  ctx.out.add(r, crm.P94i_was_created_by, c);
  mapTimeSpan(ctx, c, 'creation');
  for (const author of authors(ctx)) {
    ctx.out.add(c, crm.P14_carried_out_by, author);
    ctx.out.add(r, schema.author, author);
  }
  for (const e of entitiesInSegments(ctx, 'salutation')) ctx.out.add(r, schema.recipient, ctx.resolver.iri(e));
}

/** `Stalin, Joseph, 1879-1953` → `Joseph Stalin` (a catalogue heading read as a name). */
function headingName(line: string): string | undefined {
  const m = /^([^,]+),\s*([^,]+?)(?:,\s*[\d?-]+)?$/.exec(line.trim());
  return m ? `${m[2]} ${m[1]}` : undefined;
}

/** Authors the record names: `Author(s)` lines matched to entities, and signatures the link stage linked. */
function authors(ctx: MapContext): NamedNode[] {
  const meta = Object.hasOwn(ctx.record.metadata, 'Author(s)') ? ctx.record.metadata['Author(s)'] ?? '' : '';
  const fromMeta = meta
    .split(/\n|;/)
    .map((line) => ctx.resolver.named(line.trim(), ACTOR_KINDS) ?? ctx.resolver.named(headingName(line) ?? '', ACTOR_KINDS))
    .filter((e): e is Entity => e !== undefined);
  return [...fromMeta, ...entitiesInSegments(ctx, 'signature')].map((e) => ctx.resolver.iri(e));
}

/** Actors mentioned inside the body segments of a kind (signatures, salutations). */
function entitiesInSegments(ctx: MapContext, kind: SegmentKind): Entity[] {
  return ctx.record.segments
    .filter((s) => s.kind === kind)
    .flatMap((s) => ctx.resolver.mentionsIn(s))
    .map((m) => ctx.resolver.get(m.entity))
    .filter((e): e is Entity => e !== undefined && ACTOR_KINDS.includes(e.kind));
}

/** The place the dated heading names, and only then: P7_took_place_at / schema:location. */
function mapPlace(ctx: MapContext, activity: NamedNode): void {
  const heading = ctx.record.heading;
  const place = heading?.place?.trim();
  if (!heading || !place) return;
  const iri = resolveIri(ctx, 'place', place, heading, ['place'], 'place');
  ctx.out.add(activity, crm.P7_took_place_at, iri);
  ctx.out.add(activity, schema.location, iri);
}
