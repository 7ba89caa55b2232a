// The types of online reconciliation: a name to reconcile, its scored candidates, and the outcome.
import type { EntityKind } from '../entities.js';
import type { Span } from '../findings.js';
import type { WikidataFailure } from './client.js';

/** One name of one record to reconcile against Wikidata. */
export interface ReconcileQuery {
  name: string;
  kind: EntityKind;
  recordId: string;
  /** Where the name is printed (its first mention). */
  span: Span;
  /** The record's date, ISO 8601 (`1950`, `1950-01-22`). */
  recordDate?: string;
  /** The editorial role gloss (`Soviet Foreign Minister`). */
  gloss?: string;
}

/** Each part in [0, 1]; the score is their weighted sum, halved when the candidate conflicts with the record. */
export interface ScoreParts {
  name: number;
  type: number;
  dates: number;
  gloss: number;
}

export interface ScoredCandidate {
  id: string;
  label: string;
  description: string;
  /** In [0, 1], rounded to three decimals. */
  score: number;
  parts: ScoreParts;
  /** Why the candidate cannot be the entity (`inception 1965 after the record (1950)`, `not a human`). */
  conflict?: string;
}

export type ReconcileResult = { query: ReconcileQuery } & (
  | {
      status: 'linked';
      qid: string;
      label: string;
      /** The reconciliation score; 1 for a decision from the review file. */
      score: number;
      /** `cache` when every answer came from the cache; `review` for a person's decision. */
      via: 'online' | 'cache' | 'review';
      candidates: ScoredCandidate[];
    }
  | { status: 'review'; reason: string; candidates: ScoredCandidate[] }
  /** The review file says `none`: never link this name. */
  | { status: 'rejected'; via: 'review' }
  | { status: 'unlinked'; reason: string; failure?: WikidataFailure }
);
