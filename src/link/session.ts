// One run's Wikidata session: the client (online, or cache-only offline), the review file, and saving both at the end.
import { finding, type Finding } from '../findings.js';
import type { SourceRecord } from '../record.js';
import type { Extracted } from '../stages/extract.js';
import type { Reconciled } from '../stages/link.js';
import {
  createWikidataClient, DEFAULT_CACHE_FILE, DEFAULT_REVIEW_FILE, loadReviewFile, saveReviewFile, WikidataCache, type ReviewRow,
} from '../stages/wikidata.js';
import { reconcileRecord } from './online.js';

export interface WikidataOptions {
  /** Ask Wikidata's API about names the authority file lacks (default: only the cache of earlier answers). */
  online?: boolean;
  /** Who to contact about the requests (required online: it goes into the User-Agent). */
  contact?: string;
  /** The review file (CSV) whose decisions are replayed and where undecided candidates go. */
  review?: string;
  /** The cache of earlier answers (JSON). */
  cache?: string;
  api?: string;
}

export interface WikidataSession {
  reconcile(record: SourceRecord, extracted: Extracted): Promise<{ reconciled: Map<string, Reconciled>; findings: Finding[] }>;
  /** Saves the cache (online runs) and the review file; returns findings about the review file. */
  close(): Finding[];
}

/** Throws WikidataUsageError (a usage error) when an online run has no contact. */
export function openWikidata(o: WikidataOptions): WikidataSession {
  const cache = WikidataCache.load(o.cache ?? DEFAULT_CACHE_FILE);
  const client = createWikidataClient({ offline: !o.online, cache, ...(o.contact ? { contact: o.contact } : {}), ...(o.api ? { api: o.api } : {}) });
  const reviewFile = o.review ?? DEFAULT_REVIEW_FILE;
  const loaded = loadReviewFile(reviewFile);
  let rows: ReviewRow[] = loaded.rows;
  return {
    async reconcile(record, extracted) {
      if (extracted.unlinked.size === 0) return { reconciled: new Map(), findings: [] };
      const r = await reconcileRecord(record, extracted, client, rows);
      rows = r.review;
      return { reconciled: r.reconciled, findings: r.findings };
    },
    close() {
      const out = [...loaded.findings];
      if (o.online && cache.dirty) cache.save();
      const writable = loaded.findings.every((f) => f.severity !== 'error');
      if ((o.online || o.review) && writable && rows.length > 0) saveReviewFile(rows, reviewFile);
      if (!writable) out.push(finding('review-not-saved', 'link', reviewFile, { file: reviewFile }));
      return out;
    },
  };
}
