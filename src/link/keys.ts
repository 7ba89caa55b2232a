// Turns an entity key (`person/joseph-stalin`, `record/<id>/person/andrei`) into its IRI under a base.
import type { Entity } from '../entities.js';
import type { NamedNode } from '../rdf/factory.js';
import type { Minter } from '../rdf/namespaces.js';

/** The IRI of an entity: `<base><kind>/<slug>` when global, `<base>record/<id>/<kind>/<slug>` when record-scoped. */
export function entityIri(m: Minter, e: Pick<Entity, 'key' | 'kind' | 'scope'>, recordId: string): NamedNode {
  const slug = e.key.slice(e.key.lastIndexOf('/') + 1);
  return e.scope === 'global' ? m.entity(e.kind, slug) : m.recordEntity(recordId, e.kind, slug);
}
