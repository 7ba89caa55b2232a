// Map stage: a linked record → the quads of its named graph (CIDOC-CRM + Schema.org) and of the shared entities.
import type { LinkedRecord } from '../entities.js';
import type { Finding } from '../findings.js';
import type { NamedNode, Quad } from '../rdf/factory.js';
import { mint } from '../rdf/namespaces.js';
import { mapActivities } from '../map/activity.js';
import { MapContext } from '../map/context.js';
import { mapEntity } from '../map/entities.js';
import { containers, mapMentions } from '../map/mentions.js';
import { mapAboutAndMentions, mapMetadata, mapRecordNode, mapSummaryAndRights } from '../map/record.js';
import { mapNarration, mapNotes } from '../map/segments.js';
import { mapTurns } from '../map/turns.js';
import { SortedQuads } from '../rdf/serialize.js';

export interface MapOptions {
  /** The base IRI everything is minted under (absolute, ending in "/" or "#"). */
  base: string;
}

export interface MappedRecord {
  recordId: string;
  /** `<base>graph/record/R` */
  graph: NamedNode;
  /** The record graph: every quad has graph = `graph`; without duplicates, in the order the serialisers write. */
  quads: readonly Quad[];
  /** The same quads as sorted once for every syntax (`quads` is `sorted.quads`). */
  sorted: SortedQuads;
  /** Quads about global entities, graph `<base>graph/entities`, sorted the same way; merged across records. */
  entityQuads: readonly Quad[];
  findings: Finding[];
}

/** Maps one record as ontology/MAPPING.md specifies. Deterministic: the same input gives the same quads in order. */
export function mapRecord(linked: LinkedRecord, options: MapOptions): MappedRecord {
  const ctx = new MapContext(linked, mint(options.base));
  mapRecordNode(ctx);
  mapActivities(ctx);
  const turnNumbers = mapTurns(ctx);
  const narration = mapNarration(ctx);
  mapNotes(ctx);
  mapSummaryAndRights(ctx);
  mapMetadata(ctx);
  const mentioned = mapMentions(ctx, containers(ctx, narration, turnNumbers));
  mapAboutAndMentions(ctx, mentioned);
  for (const entity of ctx.resolver.entities.values()) mapEntity(ctx, entity);
  const sorted = SortedQuads.of(ctx.out.quads);
  return {
    recordId: ctx.id,
    graph: ctx.out.graph,
    quads: sorted.quads,
    sorted,
    entityQuads: SortedQuads.of(ctx.global.quads).quads,
    findings: ctx.findings,
  };
}
