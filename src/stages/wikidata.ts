// Online reconciliation: names the authority file does not know → Wikidata QIDs, by search, scoring and the review file.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../findings.js';
import { describeWikidataFailure, type WikidataClient, type WikidataFailure } from '../wikidata/client.js';
import { parseEntities, parseSearch, type Candidate, type SearchHit } from '../wikidata/entity.js';
import {
  candidateLabel, mergeReview, readReview, reviewDecisions, reviewKey, writeReview,
  type ReviewDecision, type ReviewRow,
} from '../wikidata/review.js';
import { decide, scoreCandidate, type DecideOptions } from '../wikidata/score.js';
import type { ReconcileQuery, ReconcileResult } from '../wikidata/types.js';
import { entitiesUrl, searchUrl } from '../wikidata/urls.js';

export type { ReconcileQuery, ReconcileResult, ScoredCandidate } from '../wikidata/types.js';
export type { ReviewRow } from '../wikidata/review.js';
export { createWikidataClient, WikidataUsageError, type WikidataClient } from '../wikidata/client.js';
export { WikidataCache, DEFAULT_CACHE_FILE } from '../wikidata/cache.js';

/** `authority/wikidata-review.csv`: the review file, committed with the decisions people made. */
export const DEFAULT_REVIEW_FILE = fileURLToPath(new URL('../../authority/wikidata-review.csv', import.meta.url));

export interface ReconcileOptions extends DecideOptions {
  /** The rows of the review file; their decisions are replayed. */
  review?: ReviewRow[];
  /** Search results scored per name (default 5). */
  limit?: number;
}

export interface ReconcileOutcome {
  /** One result per query, in the order of the queries. */
  results: ReconcileResult[];
  /** The review file's rows after this run (see mergeReview). */
  review: ReviewRow[];
  /** Invalid decisions in the review file. */
  findings: Finding[];
}

type Decisions = Map<string, { row: ReviewRow; decision: ReviewDecision }>;

/** Reconciles every query in turn; never throws: a failing API leaves names `unlinked` with the reason. */
export async function reconcile(queries: ReconcileQuery[], client: WikidataClient, options: ReconcileOptions = {}): Promise<ReconcileOutcome> {
  const { decisions, findings } = reviewDecisions(options.review ?? []);
  const results: ReconcileResult[] = [];
  for (const query of queries) {
    const result = await reconcileOne(query, client, decisions, options).catch(
      (e: unknown): ReconcileResult => ({ query, status: 'unlinked', reason: `internal error: ${(e as Error).message}` }),
    );
    results.push(result);
  }
  return { results, review: mergeReview(options.review ?? [], results), findings };
}

async function reconcileOne(q: ReconcileQuery, client: WikidataClient, decisions: Decisions, o: ReconcileOptions): Promise<ReconcileResult> {
  const decided = decisions.get(reviewKey(q.recordId, q.kind, q.name));
  if (decided) return fromDecision(q, decided.row, decided.decision);
  if (!q.name.trim()) return { query: q, status: 'unlinked', reason: 'the name is empty' };
  const search = await client.get(searchUrl(client.api, { search: q.name, language: 'en', type: 'item', limit: o.limit ?? 5 }));
  if (!search.ok) return failed(q, search.failure);
  const hits = parseSearch(search.json);
  if (hits.length === 0) return { query: q, status: 'unlinked', reason: 'no Wikidata item matches the name' };
  const entities = await client.get(entitiesUrl(client.api, hits.map((h) => h.id)));
  if (!entities.ok) return failed(q, entities.failure);
  const byId = parseEntities(entities.json);
  const scored = hits.flatMap((h) => {
    const c = byId.get(h.id);
    return c ? [scoreCandidate(q, withHit(c, h))] : [];
  });
  const { ranked, accept, reason } = decide(scored, o);
  if (ranked.length === 0) return { query: q, status: 'unlinked', reason: 'the matching items could not be read' };
  if (!accept) return { query: q, status: 'review', reason, candidates: ranked };
  const via = search.from === 'cache' && entities.from === 'cache' ? 'cache' : 'online';
  return { query: q, status: 'linked', qid: accept.id, label: accept.label, score: accept.score, via, candidates: ranked };
}

function fromDecision(q: ReconcileQuery, row: ReviewRow, decision: ReviewDecision): ReconcileResult {
  if (decision.kind !== 'qid') return { query: q, status: 'rejected', via: 'review' };
  const label = candidateLabel(row.candidates, decision.qid) ?? q.name;
  return { query: q, status: 'linked', qid: decision.qid, label, score: 1, via: 'review', candidates: [] };
}

function failed(q: ReconcileQuery, failure: WikidataFailure): ReconcileResult {
  return { query: q, status: 'unlinked', reason: describeWikidataFailure(failure), failure };
}

/** The search hit's label and description stand in when the entity has none in English. */
function withHit(c: Candidate, h: SearchHit): Candidate {
  return { ...c, label: c.label || h.label, description: c.description || h.description };
}

/** The review file's rows; a missing file has none. */
export function loadReviewFile(file: string = DEFAULT_REVIEW_FILE): { rows: ReviewRow[]; findings: Finding[] } {
  return existsSync(file) ? readReview(readFileSync(file, 'utf8'), file) : { rows: [], findings: [] };
}

/** Writes the review file atomically (temp file, then rename). */
export function saveReviewFile(rows: ReviewRow[], file: string = DEFAULT_REVIEW_FILE): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, writeReview(rows));
  renameSync(temp, file);
}
