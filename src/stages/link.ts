// Link stage: mentions → entities: authority entries with verified QIDs, reconciled names, or record-scoped candidates.
import type { Entity, LinkedRecord, Mention } from '../entities.js';
import type { Authority } from '../extract/authority.js';
import type { Unlinked } from '../extract/names.js';
import type { SourceRecord } from '../record.js';
import type { Extracted } from './extract.js';

/** A name reconciled with Wikidata (online, from the cache, or by a reviewer's decision). */
export interface Reconciled { qid: string; label: string; score: number; via: 'cache' | 'online' | 'review'; slug: string }

/** Entities for every mention; `reconciled` (keyed by the unlinked entity's key) turns candidates into global entities. */
export function link(record: SourceRecord, extracted: Extracted, authority: Authority, reconciled = new Map<string, Reconciled>()): LinkedRecord {
  const byKey = new Map(authority.entries.map((e) => [e.key, e]));
  const entities = new Map<string, Entity>();
  const rekey = new Map<string, string>();
  for (const u of extracted.unlinked.values()) {
    const r = reconciled.get(u.key);
    const e = r ? reconciledEntity(u, r) : unlinkedEntity(u);
    rekey.set(u.key, e.key);
    entities.set(e.key, e);
  }
  const mentions: Mention[] = extracted.mentions.map((m) => ({ ...m, entity: rekey.get(m.entity) ?? m.entity }));
  for (const m of mentions) {
    const a = byKey.get(m.entity);
    if (a && !entities.has(a.key)) entities.set(a.key, authorityEntity(a));
    const e = entities.get(m.entity);
    if (e && m.gloss) addGloss(e, m.gloss.role, m.gloss.givenName);
  }
  return { record, mentions, entities: sortedMap(entities), findings: extracted.findings };
}

function authorityEntity(a: Authority['entries'][number]): Entity {
  const e: Entity = { key: a.key, kind: a.kind, label: a.label, altLabels: [...a.altLabels, ...a.abbreviations], qid: a.qid ?? null,
    score: 1, scope: 'global', via: 'authority' };
  if (a.begin) e.begin = a.begin;
  if (a.end) e.end = a.end;
  if (a.pseudonyms.length) e.pseudonyms = [...a.pseudonyms];
  if (a.note) e.note = a.note;
  return e;
}

function unlinkedEntity(u: Unlinked): Entity {
  return { key: u.key, kind: u.kind, label: u.name, altLabels: u.names.filter((n) => n !== u.name), qid: null, score: 0, scope: 'record', via: 'unlinked' };
}

function reconciledEntity(u: Unlinked, r: Reconciled): Entity {
  return { key: `${u.kind}/${r.slug}`, kind: u.kind, label: r.label, altLabels: u.names.filter((n) => n !== r.label), qid: r.qid,
    score: r.score, scope: 'global', via: r.via };
}

function addGloss(e: Entity, role: string, givenName: string | undefined): void {
  if (!(e.roles ?? []).includes(role)) e.roles = [...(e.roles ?? []), role];
  if (givenName && !(e.givenNames ?? []).includes(givenName)) e.givenNames = [...(e.givenNames ?? []), givenName];
}

function sortedMap<V>(m: Map<string, V>): Map<string, V> {
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
