// Reading Wikidata answers (formatversion=2): search hits and entities as plain candidates; trimming answers for the cache.
import { isEntityId } from './urls.js';

export interface SearchHit {
  id: string;
  label: string;
  description: string;
}

/** The years a time value may denote: one year, or a decade's or century's range at lower precision. */
export interface YearRange {
  from: number;
  to: number;
}

/** The time properties the scorer reads: birth, death, inception, dissolution, start, end, point in time. */
export const TIME_PROPS = ['P569', 'P570', 'P571', 'P576', 'P580', 'P582', 'P585'] as const;
export type TimeProp = (typeof TIME_PROPS)[number];
const KEPT_CLAIMS = new Set<string>(['P31', ...TIME_PROPS]);

export interface Candidate {
  id: string;
  label: string;
  aliases: string[];
  description: string;
  /** The values of P31 (instance of). */
  classes: string[];
  times: Partial<Record<TimeProp, YearRange[]>>;
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : {});
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

/** The hits of a `wbsearchentities` answer, in the API's order, entity ids checked. */
export function parseSearch(json: unknown): SearchHit[] {
  return arr(obj(json).search)
    .map(obj)
    .filter((h) => isEntityId(str(h.id)))
    .map((h) => ({ id: str(h.id), label: str(h.label), description: str(h.description) }));
}

/** The entities of a `wbgetentities` answer; missing entities are left out. */
export function parseEntities(json: unknown): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const [id, raw] of Object.entries(obj(obj(json).entities))) {
    const e = obj(raw);
    if (!isEntityId(id) || 'missing' in e) continue;
    const claims = obj(e.claims);
    out.set(id, {
      id,
      label: text(obj(e.labels)),
      aliases: Object.values(obj(e.aliases)).flatMap(arr).map((a) => str(obj(a).value)).filter(Boolean),
      description: text(obj(e.descriptions)),
      classes: values(claims.P31).map((v) => str(obj(v).id)).filter(isEntityId),
      times: times(claims),
    });
  }
  return out;
}

/** An English value, else the multilingual (`mul`) one, else any. */
function text(byLanguage: Obj): string {
  const pick = byLanguage.en ?? byLanguage.mul ?? Object.values(byLanguage)[0];
  return str(obj(pick).value);
}

/** The datavalues of a property's statements, deprecated ones left out. */
function values(statements: unknown): unknown[] {
  return arr(statements)
    .map(obj)
    .filter((s) => s.rank !== 'deprecated')
    .map((s) => obj(obj(s.mainsnak).datavalue).value)
    .filter((v) => v !== undefined);
}

function times(claims: Obj): Partial<Record<TimeProp, YearRange[]>> {
  const out: Partial<Record<TimeProp, YearRange[]>> = {};
  for (const p of TIME_PROPS) {
    const ranges = values(claims[p]).flatMap((v) => parseTime(str(obj(v).time), Number(obj(v).precision)) ?? []);
    if (ranges.length) out[p] = ranges;
  }
  return out;
}

/** `+1878-12-18T00:00:00Z` at precision 11 → 1878..1878; precision 8 (decade) and 7 (century) widen the range. */
export function parseTime(time: string, precision: number): YearRange | undefined {
  const m = /^([+-])(\d+)-/.exec(time);
  if (!m?.[2]) return undefined;
  const year = (m[1] === '-' ? -1 : 1) * Number(m[2]);
  if (precision >= 9) return { from: year, to: year };
  if (precision === 8) return { from: year - (year % 10), to: year - (year % 10) + 9 };
  if (precision === 7) {
    const first = Math.floor((year - 1) / 100) * 100 + 1;
    return { from: first, to: first + 99 };
  }
  return undefined;
}

/** An answer trimmed to what the scorer reads (same shape), so that the committed cache stays small. */
export function compactAnswer(json: unknown): unknown {
  const o = obj(json);
  if (Array.isArray(o.search)) {
    const search = o.search.map(obj).map((h) => ({ id: h.id, label: h.label, description: h.description, match: h.match }));
    return { searchinfo: o.searchinfo, search };
  }
  if (!o.entities || typeof o.entities !== 'object') return json;
  const entities: Obj = {};
  for (const [id, raw] of Object.entries(obj(o.entities))) entities[id] = compactEntity(obj(raw));
  return { entities };
}

function compactEntity(e: Obj): Obj {
  if ('missing' in e) return { id: e.id, missing: e.missing };
  const claims: Obj = {};
  for (const [p, statements] of Object.entries(obj(e.claims))) {
    if (!KEPT_CLAIMS.has(p)) continue;
    claims[p] = arr(statements).map(obj).map((s) => ({ mainsnak: { datavalue: obj(s.mainsnak).datavalue }, rank: s.rank }));
  }
  return { id: e.id, labels: e.labels, aliases: e.aliases, descriptions: e.descriptions, claims };
}
