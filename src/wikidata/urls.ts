// Pure Wikidata API request builders (wikibase-sdk style): parameters in a fixed order, so a URL is a stable cache key.

/** The Wikidata Action API. */
export const DEFAULT_API = 'https://www.wikidata.org/w/api.php';
/** Seconds of replication lag above which Wikidata should refuse us (Wikimedia's recommended value). */
export const MAXLAG = 5;

export interface SearchParams {
  search: string;
  language?: string;
  type?: 'item' | 'property' | 'lexeme';
  /** 1..50 results. */
  limit?: number;
}

export type EntityProp = 'labels' | 'aliases' | 'descriptions' | 'claims' | 'sitelinks' | 'info';

export interface EntitiesParams {
  props?: EntityProp[];
  languages?: string[];
}

const ENTITY_ID = /^[QPL][1-9][0-9]*$/;

function build(api: string, params: [string, string][]): string {
  const tail: [string, string][] = [['format', 'json'], ['formatversion', '2'], ['maxlag', String(MAXLAG)]];
  return `${api}?${new URLSearchParams([...params, ...tail]).toString()}`;
}

/** `action=wbsearchentities`: items whose label or alias matches `search` (whitespace collapsed). */
export function searchUrl(api: string, p: SearchParams): string {
  const language = p.language ?? 'en';
  const limit = Math.min(50, Math.max(1, Math.trunc(p.limit ?? 7)));
  return build(api, [
    ['action', 'wbsearchentities'],
    ['search', p.search.replace(/\s+/g, ' ').trim()],
    ['language', language],
    ['uselang', language],
    ['type', p.type ?? 'item'],
    ['limit', String(limit)],
  ]);
}

/** `action=wbgetentities` for up to 50 ids, sorted and deduplicated so that the same set gives the same URL. */
export function entitiesUrl(api: string, ids: string[], p: EntitiesParams = {}): string {
  const unique = [...new Set(ids)].sort(compareIds);
  const bad = unique.find((id) => !ENTITY_ID.test(id));
  if (bad !== undefined) throw new RangeError(`not a Wikidata entity id: "${bad}"`);
  if (unique.length === 0 || unique.length > 50) throw new RangeError(`wbgetentities takes 1..50 ids, not ${unique.length}`);
  return build(api, [
    ['action', 'wbgetentities'],
    ['ids', unique.join('|')],
    ['props', (p.props ?? ['labels', 'aliases', 'descriptions', 'claims']).join('|')],
    ['languages', (p.languages ?? ['en']).join('|')],
  ]);
}

/** Q2 before Q10: by prefix, then by number. */
export function compareIds(a: string, b: string): number {
  if (a[0] !== b[0]) return a < b ? -1 : 1;
  return Number(a.slice(1)) - Number(b.slice(1));
}

/** True for `Q123`, `P31`, `L7`. */
export function isEntityId(id: string): boolean {
  return ENTITY_ID.test(id);
}
