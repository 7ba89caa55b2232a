// Which entity a name or span of the record denotes: the link stage's mentions first, then entity names.
import type { Entity, EntityKind, LinkedRecord, Mention } from '../entities.js';
import type { Span } from '../findings.js';
import type { NamedNode } from '../rdf/factory.js';
import { slugify } from '../rdf/iri.js';
import type { Minter } from '../rdf/namespaces.js';

export const ACTOR_KINDS: readonly EntityKind[] = ['person', 'group'];

/** Case-, space- and NFC-insensitive form of a name. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function entityNames(e: Entity): string[] {
  return [e.label, ...e.altLabels, ...(e.pseudonyms ?? [])];
}

export class Resolver {
  /** Every entity the record's graph speaks of, by key: the link stage's and the ones minted here. */
  readonly entities: Map<string, Entity>;
  private readonly byName = new Map<string, string>();
  private readonly byMentionText = new Map<string, string>();

  constructor(
    private readonly linked: LinkedRecord,
    private readonly m: Minter,
  ) {
    this.entities = new Map([...linked.entities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const e of this.entities.values()) {
      for (const n of entityNames(e)) if (!this.byName.has(nameKey(n))) this.byName.set(nameKey(n), e.key);
    }
    for (const mention of linked.mentions) {
      const k = nameKey(mention.text);
      if (!this.byMentionText.has(k) && this.entities.has(mention.entity)) this.byMentionText.set(k, mention.entity);
    }
  }

  get(key: string): Entity | undefined {
    return this.entities.get(key);
  }

  private ofKind(key: string | undefined, kinds: readonly EntityKind[]): Entity | undefined {
    const e = key === undefined ? undefined : this.entities.get(key);
    return e && kinds.includes(e.kind) ? e : undefined;
  }

  /** The mentions lying within a span, in order. */
  mentionsIn(span: Span): Mention[] {
    return this.linked.mentions.filter((x) => x.start >= span.start && x.end <= span.end);
  }

  /** The entity of the mention at a span (an exact match first, then any overlapping mention). */
  atSpan(span: Span, kinds: readonly EntityKind[]): Entity | undefined {
    const exact = this.linked.mentions.find((x) => x.start === span.start && x.end === span.end && this.ofKind(x.entity, kinds));
    const overlapping = exact ?? this.linked.mentions.find((x) => x.start < span.end && span.start < x.end && this.ofKind(x.entity, kinds));
    return overlapping && this.ofKind(overlapping.entity, kinds);
  }

  /** The entity a name denotes: as the link stage linked the same words, else by the entities' names. */
  named(name: string, kinds: readonly EntityKind[]): Entity | undefined {
    const k = nameKey(name);
    return this.ofKind(this.byMentionText.get(k), kinds) ?? this.ofKind(this.byName.get(k), kinds);
  }

  /** Resolves a span or name; when nothing matches, mints a record-scoped entity of that name (minted = true). */
  resolve(name: string, span: Span | undefined, kinds: readonly EntityKind[], kind: EntityKind): { entity: Entity; minted: boolean } {
    const found = (span && this.atSpan(span, kinds)) ?? this.named(name, kinds);
    if (found) return { entity: found, minted: false };
    const key = `record/${this.linked.record.id}/${kind}/${slugify(name)}`;
    const known = this.entities.get(key);
    if (known) return { entity: known, minted: false };
    const entity: Entity = { key, kind, label: name.trim(), altLabels: [], qid: null, score: 0, scope: 'record', via: 'unlinked' };
    this.entities.set(key, entity);
    this.byName.set(nameKey(name), key);
    return { entity, minted: true };
  }

  /** The IRI of an entity: `<base><kind>/<slug>` (global) or `<base>record/R/<kind>/<slug>` (record-scoped). */
  iri(e: Entity, ...parts: readonly (string | number)[]): NamedNode {
    return entityIri(this.m, this.linked.record.id, e, ...parts);
  }
}

/** The slug after `prefix` in a key, or the slugified key when the key does not have that shape. */
function slugOf(key: string, prefix: string): string {
  const rest = key.startsWith(prefix) ? key.slice(prefix.length) : '';
  return rest === '' || rest === '.' || rest === '..' ? slugify(key) : rest;
}

/** The IRI of an entity from its key; a key not of the documented shape is slugified into one. */
export function entityIri(m: Minter, recordId: string, e: Entity, ...parts: readonly (string | number)[]): NamedNode {
  if (e.scope === 'global') return m.entity(e.kind, slugOf(e.key, `${e.kind}/`), ...parts);
  return m.recordEntity(recordId, e.kind, slugOf(e.key, `record/${recordId}/${e.kind}/`), ...parts);
}
