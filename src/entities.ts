// The typed results of the extract and link stages: mentions of entities in a record, and the entities they denote.
import type { Span } from './findings.js';

export type EntityKind = 'person' | 'place' | 'group' | 'agreement' | 'event';

/** One entry of the curated authority file (authority/authority.ttl). */
export interface AuthorityEntry {
  /** `<kind>/<slug>`, e.g. `person/joseph-stalin`; also the path of its global IRI under the base. */
  key: string;
  kind: EntityKind;
  label: string;
  altLabels: string[];
  abbreviations: string[];
  demonyms: string[];
  pseudonyms: string[];
  /** ISO 8601 year or date, when known. */
  begin?: string;
  end?: string;
  /** A verified Wikidata QID, or undefined. */
  qid?: string;
  note?: string;
}

/** Where in the record a mention was found. */
export type MentionSource = 'speaker' | 'attendance' | 'turn' | 'narration' | 'summary' | 'title' | 'heading' | 'gloss' | 'aside';

/** An editorial role gloss attached to the mention it precedes (`[Soviet Foreign Minister Andrei] Vyshinskii`). */
export interface Gloss {
  /** The role as the editors give it (`Soviet Foreign Minister`). */
  role: string;
  /** A given name the gloss supplies (`Andrei`). */
  givenName?: string;
  /** The gloss as printed, and its span. */
  text: string;
  span: Span;
}

export interface Mention extends Span {
  recordId: string;
  /** The words as printed (possessive and honorific not included). */
  text: string;
  type: EntityKind;
  /** The entity this mention denotes: a key of `LinkedRecord.entities`. */
  entity: string;
  from: MentionSource;
  /** The speaker turn it occurs in, if any. */
  turn?: number;
  /** For attendance mentions: the side of the talks the attendance line puts the person on. */
  side?: number;
  gloss?: Gloss;
}

export interface Entity {
  /** `person/joseph-stalin` for an authority or reconciled entity; `record/<id>/person/<slug>` for a record-scoped one. */
  key: string;
  kind: EntityKind;
  label: string;
  altLabels: string[];
  /** Verified or reconciled QID, or null. */
  qid: string | null;
  /** 1 for authority entries, the reconciliation score for online links, 0 for unlinked names. */
  score: number;
  scope: 'global' | 'record';
  /** How the entity was found. */
  via: 'authority' | 'cache' | 'online' | 'review' | 'unlinked';
  begin?: string;
  end?: string;
  pseudonyms?: string[];
  /** Roles the record's editors give the entity (from role glosses). */
  roles?: string[];
  givenNames?: string[];
  note?: string;
}

/** A record after extract and link: its mentions in order of position, and the entities they denote, by key. */
export interface LinkedRecord {
  record: import('./record.js').SourceRecord;
  mentions: Mention[];
  entities: Map<string, Entity>;
  findings: import('./findings.js').Finding[];
}
