// Entities: classes by kind, names as appellations, verified Wikidata equivalence, life dates.
import type { Entity, EntityKind } from '../entities.js';
import type { NamedNode } from '../rdf/factory.js';
import { crm, isQid, la, lod, rdfs, schema, wd } from '../rdf/namespaces.js';
import type { MapContext } from './context.js';
import { lifeDateLiteral } from './dates.js';
import type { Sink } from './sink.js';

/** Every entity is typed in both vocabularies. */
export const KIND_CLASSES: Readonly<Record<EntityKind, readonly NamedNode[]>> = {
  person: [crm.E21_Person, schema.Person],
  place: [crm.E53_Place, schema.Place],
  group: [crm.E74_Group, schema.Organization],
  agreement: [crm.E89_Propositional_Object, lod.Agreement, schema.CreativeWork],
  event: [crm.E5_Event, schema.Event],
};

/** Schema.org properties for the begin and end of an entity's existence (MAPPING.md: persons, and all others). */
const LIFE_DATES: Readonly<Record<EntityKind, readonly [NamedNode, NamedNode]>> = {
  person: [schema.birthDate, schema.deathDate],
  group: [schema.foundingDate, schema.dissolutionDate],
  place: [schema.foundingDate, schema.dissolutionDate],
  agreement: [schema.foundingDate, schema.dissolutionDate],
  event: [schema.foundingDate, schema.dissolutionDate],
};

/** The graph an entity's own description goes to: the shared entities graph for global ones. */
export function entitySink(ctx: MapContext, e: Entity): Sink {
  return e.scope === 'global' ? ctx.global : ctx.out;
}

/** Preferred label, alternative labels, pseudonyms: each once, in that order (name/1 is the preferred one). */
export function entityNames(e: Entity): string[] {
  const names: string[] = [];
  for (const n of [e.label, ...e.altLabels, ...(e.pseudonyms ?? [])]) {
    const clean = n.normalize('NFC').trim();
    if (clean !== '' && !names.includes(clean)) names.push(clean);
  }
  return names;
}

export function mapEntity(ctx: MapContext, e: Entity): void {
  const sink = entitySink(ctx, e);
  const iri = ctx.resolver.iri(e);
  sink.types(iri, ...KIND_CLASSES[e.kind]);
  sink.en(iri, rdfs.label, e.label);
  sink.en(iri, schema.name, e.label);
  mapNames(ctx, sink, e, iri);
  mapQid(ctx, sink, e, iri);
  mapLifeDates(ctx, sink, e, iri);
}

function mapNames(ctx: MapContext, sink: Sink, e: Entity, iri: NamedNode): void {
  entityNames(e).forEach((name, i) => {
    const appellation = ctx.resolver.iri(e, 'name', i + 1);
    sink.types(appellation, crm.E33_E41_Linguistic_Appellation);
    sink.en(appellation, crm.P190_has_symbolic_content, name);
    sink.add(iri, crm.P1_is_identified_by, appellation);
    if (i === 0) sink.add(appellation, crm.P2_has_type, ctx.concept(sink, 'primaryName'));
    else sink.en(iri, schema.alternateName, name);
  });
}

function mapQid(ctx: MapContext, sink: Sink, e: Entity, iri: NamedNode): void {
  if (e.qid === null || e.qid === undefined) return;
  if (!isQid(e.qid)) {
    ctx.note('map-invalid-value', { field: `QID of ${e.key}`, value: e.qid, reason: 'not a Wikidata item id' });
    return;
  }
  sink.both(iri, [la.equivalent, schema.sameAs], wd(e.qid));
}

function mapLifeDates(ctx: MapContext, sink: Sink, e: Entity, iri: NamedNode): void {
  const props = LIFE_DATES[e.kind];
  [e.begin, e.end].forEach((iso, i) => {
    if (iso === undefined || iso === '') return;
    const value = lifeDateLiteral(iso);
    const p = props[i];
    if (value && p) sink.add(iri, p, value);
    else ctx.note('map-invalid-value', { field: `life date of ${e.key}`, value: iso, reason: 'not a year (xsd:gYear) or a day (xsd:date)' });
  });
}
