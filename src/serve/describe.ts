// What a resource's document says: a record its whole graph, an entity its triples and the records naming it, …
import type { Quad } from '../rdf/factory.js';
import { crm } from '../rdf/namespaces.js';
import type { ServedData } from './data.js';

export type ResourceKind = 'record' | 'entity' | 'graph' | 'other';

/** The classes whose instances get an entity page: persons, places, groups, agreements, events. */
export const ENTITY_CLASSES = [crm.E21_Person, crm.E53_Place, crm.E74_Group, crm.E89_Propositional_Object, crm.E5_Event] as const;

export function kindOf(data: ServedData, iri: string): ResourceKind {
  if (data.isRecord(iri)) return 'record';
  if (ENTITY_CLASSES.some((c) => data.hasType(iri, c))) return 'entity';
  if (data.isGraph(iri)) return 'graph';
  return 'other';
}

/** The triples of `iri` as subject and those of its parts (`<iri>/…`), in every graph. */
function subjectAndParts(data: ServedData, iri: string): Quad[] {
  return [iri, ...data.parts(iri)].flatMap((s) => data.quads(s, null, null));
}

/** The records whose graphs name `iri` (mentions, about, refers to): the (record, predicate, entity) triples. */
export function namingRecords(data: ServedData, iri: string): Quad[] {
  return data.quads(null, null, data.node(iri)).filter((q) => q.subject.termType === 'NamedNode' && data.isRecord(q.subject.value));
}

/**
 * The description of a resource (graph names are dropped when it is written):
 * a record — its whole record graph; an entity — its triples and its parts' (appellations) in every graph, plus the
 * records that name it; a named graph — its contents and what the dataset description says of it; anything else —
 * its triples and its parts'.
 */
export function describe(data: ServedData, iri: string): Quad[] {
  switch (kindOf(data, iri)) {
    case 'record': {
      const graph = data.graphOf(iri);
      return [...(graph ? data.quads(null, null, null, graph) : []), ...data.quads(iri, null, null)];
    }
    case 'entity':
      return [...subjectAndParts(data, iri), ...namingRecords(data, iri)];
    case 'graph':
      return [...data.quads(null, null, null, iri), ...data.quads(iri, null, null)];
    case 'other':
      return subjectAndParts(data, iri);
  }
}
