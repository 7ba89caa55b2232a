// Scoring a Wikidata candidate against a name in a record (name, type, dates, role gloss) and deciding between candidates.
import type { EntityKind } from '../entities.js';
import { classFit } from './classes.js';
import type { Candidate, TimeProp } from './entity.js';
import type { ReconcileQuery, ScoredCandidate } from './types.js';
import { compareIds } from './urls.js';

export const WEIGHTS = { name: 0.4, type: 0.25, dates: 0.2, gloss: 0.15 } as const;
/** The value of a part the evidence does not decide (no dates, no P31, no gloss). */
const UNKNOWN = { type: 0.5, dates: 0.5, gloss: 0.4 } as const;

interface Part { value: number; conflict?: string }

/** Lower case, diacritics, punctuation and hyphens dropped, spaces collapsed: `Lüshunkou` = `lushunkou`. */
export function normalizeName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

export function scoreCandidate(q: ReconcileQuery, c: Candidate): ScoredCandidate {
  const type = typePart(q.kind, c.classes);
  const dates = datePart(q, c);
  const parts = { name: namePart(q.name, c), type: type.value, dates: dates.value, gloss: glossPart(q.gloss, c.description) };
  const sum = parts.name * WEIGHTS.name + parts.type * WEIGHTS.type + parts.dates * WEIGHTS.dates + parts.gloss * WEIGHTS.gloss;
  const conflict = type.conflict ?? dates.conflict;
  const scored: ScoredCandidate = { id: c.id, label: c.label, description: c.description, score: round(conflict ? sum / 2 : sum), parts };
  if (conflict) scored.conflict = conflict;
  return scored;
}

/** 1 the label, 0.9 an alias, 0.7 a one-word name that is the last word of the label or an alias (a surname). */
function namePart(name: string, c: Candidate): number {
  const n = normalizeName(name);
  if (normalizeName(c.label) === n) return 1;
  const aliases = c.aliases.map(normalizeName);
  if (aliases.includes(n)) return 0.9;
  const single = !n.includes(' ');
  return single && [normalizeName(c.label), ...aliases].some((l) => l.split(' ').at(-1) === n) ? 0.7 : 0;
}

function typePart(kind: EntityKind, classes: string[]): Part {
  const fit = classFit(kind, classes);
  if (fit === 'fits') return { value: 1 };
  if (fit === 'never') return { value: 0, conflict: 'a name or disambiguation page, not an entity' };
  if (fit === 'none') return { value: UNKNOWN.type };
  return kind === 'person' ? { value: 0, conflict: 'not a human (P31 is not Q5)' } : { value: 0 };
}

/** Per kind, the properties that date its beginning and its end. Agreements and events may be mentioned long after. */
const DATE_PROPS: Record<EntityKind, [TimeProp[], TimeProp[]]> = {
  person: [['P569'], ['P570']],
  place: [['P571'], ['P576']],
  group: [['P571'], ['P576']],
  agreement: [['P585', 'P571'], []],
  event: [['P580', 'P585'], []],
};
const WORD: Record<TimeProp, string> = {
  P569: 'born', P570: 'died', P571: 'inception', P576: 'dissolved', P580: 'began', P582: 'ended', P585: 'dated',
};

/** 1 when the item existed (a person lived) at the record's year, 0 with a conflict when it certainly did not. */
function datePart(q: ReconcileQuery, c: Candidate): Part {
  const year = /^[+-]?\d{4}/.test(q.recordDate ?? '') ? parseInt(q.recordDate ?? '', 10) : undefined;
  if (year === undefined) return { value: UNKNOWN.dates };
  const [beginProps, endProps] = DATE_PROPS[q.kind];
  const begin = bound(c, beginProps, 'from');
  const end = bound(c, endProps, 'to');
  if (!begin && !end) return { value: UNKNOWN.dates };
  if (begin && begin.year > year) return { value: 0, conflict: `${WORD[begin.prop]} ${begin.year}, after the record (${year})` };
  if (end && end.year < year) return { value: 0, conflict: `${WORD[end.prop]} ${end.year}, before the record (${year})` };
  if (q.kind === 'person' && begin && !end && year - begin.year > 110) {
    return { value: 0, conflict: `born ${begin.year}, too long before the record (${year})` };
  }
  return { value: 1 };
}

/** The earliest possible beginning (`from`) or the latest possible end (`to`) among the statements of `props`. */
function bound(c: Candidate, props: TimeProp[], side: 'from' | 'to'): { year: number; prop: TimeProp } | undefined {
  let best: { year: number; prop: TimeProp } | undefined;
  for (const prop of props) {
    for (const r of c.times[prop] ?? []) {
      const year = r[side];
      if (!best || (side === 'from' ? year < best.year : year > best.year)) best = { year, prop };
    }
  }
  return best;
}

const STOP = new Set(['the', 'and', 'for', 'from', 'with', 'comrade']);

/** The share of the gloss's words found in the description, squared: a partial agreement counts for little. */
function glossPart(gloss: string | undefined, description: string): number {
  const words = normalizeName(gloss ?? '').split(' ').filter((w) => w.length >= 3 && !STOP.has(w));
  const desc = normalizeName(description).split(' ');
  if (words.length === 0 || !description) return UNKNOWN.gloss;
  const hits = words.filter((w) => desc.some((d) => d === w || (d.length >= 5 && w.length >= 5 && d.slice(0, 5) === w.slice(0, 5))));
  return (hits.length / words.length) ** 2;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export interface DecideOptions {
  /** The least score to accept (default 0.8). */
  threshold?: number;
  /** The least lead over the runner-up (default 0.1). */
  margin?: number;
}

/** Candidates best first (ties by QID), and the one to accept if it is above the threshold with a margin. */
export function decide(scored: ScoredCandidate[], o: DecideOptions = {}): { ranked: ScoredCandidate[]; accept?: ScoredCandidate; reason: string } {
  const ranked = [...scored].sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  const [best, second] = ranked;
  const threshold = o.threshold ?? 0.8;
  const margin = o.margin ?? 0.1;
  if (!best) return { ranked, reason: 'no candidate' };
  if (best.score < threshold) return { ranked, reason: `best candidate ${best.id} scores ${best.score}, below ${threshold}` };
  if (second && round(best.score - second.score) < margin) {
    return { ranked, reason: `ambiguous: ${best.id} (${best.score}) and ${second.id} (${second.score}) are within ${margin}` };
  }
  return { ranked, accept: best, reason: `${best.id} scores ${best.score}` };
}
