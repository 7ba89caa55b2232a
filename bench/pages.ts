// Parts of a generated record page: dates in many printed forms, sentences naming entities, editorial brackets.
import type { AuthoritySet, Entity } from './authority.js';
import type { Random } from './random.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface PageDate { y: number; m: number; d: number; precision: 'day' | 'month' | 'year' }

export function randomDate(r: Random): PageDate {
  const m = r.int(1, 12);
  const precision = r.chance(0.9) ? 'day' : r.chance(0.7) ? 'month' : 'year';
  return { y: r.int(1945, 1985), m, d: r.int(1, DAYS_IN[m - 1]!), precision };
}

/** The date line at the top of the page, as the archive prints it. */
export function dateLine(t: PageDate): string {
  const month = MONTHS[t.m - 1]!;
  if (t.precision === 'year') return String(t.y);
  return t.precision === 'month' ? `${month} ${t.y}` : `${month} ${t.d}, ${t.y}`;
}

/** The dated heading above the body, in one of the forms the parser reads (agreeing with the date line). */
export function datedHeading(r: Random, t: PageDate, place: string): string | null {
  if (t.precision !== 'day') return null;
  const month = MONTHS[t.m - 1]!;
  const yy = String(t.y % 100).padStart(2, '0');
  const forms = [
    `${t.d} ${month} ${t.y}`, `${t.d}.${ROMAN[t.m - 1]}.${t.y}`, `${t.d}.${t.m}.${yy}`, `${t.m}/${t.d}/${yy}`,
    `${t.y} ${month} ${t.d}`, `${t.y}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`,
    `${place}, ${r.int(1, 11)} p.m., ${t.d} ${month} ${t.y}`, `${month.toUpperCase()} ${t.d}, ${t.y}`, `${place}, ${t.d} ${month} ${t.y}`,
  ];
  return r.chance(0.85) ? r.pick(forms) : null;
}

/** Picks an entity of a kind and one of the names it goes by. */
export function nameOf(r: Random, e: Entity): string {
  return r.chance(0.6) ? e.forms[0]! : r.pick(e.forms);
}

const CLAUSES = [
  'we believe that the question of {L} must be settled before the {E}',
  'the position of the {G} on {A} has not changed',
  'it would be useful to send specialists to {L} before the end of the year',
  'the {D} are preparing new proposals concerning {A}',
  'comrade {P} reported on the situation in {L}',
  'the delegation of the {G} asked for additional deliveries of grain and machinery',
  'the agreement on credits must be signed before the {E}',
  'there is no need to hurry with this question',
  'the harvest in the northern districts was poor, and the peasants need seed grain',
  'we will discuss the matter with {P} and give you an answer',
  'the {G} supports the proposal in every respect',
  'the railway to {L} must be rebuilt, otherwise the deliveries will be delayed',
  'the situation on the border near {L} remains tense',
  'the economic plan for the next year depends on {A}',
  'the trade negotiations will take place in {L}',
  'the opinion of {R} on this question is well known',
  'the {D} do not trust {R} after the talks about {A}',
];

/** Names of the curated entries (authority/authority.ttl, several with verified QIDs) that pages name now and then. */
export const REAL_NAMES = ['Stalin', 'Mao Zedong', 'Zhou Enlai', 'Molotov', 'Port Arthur', 'Manchuria', 'the USSR', 'Japan', 'the United Nations', 'Chiang Kai-shek'];

const FILLERS = ['[the]', '[?]', '[illegible]', '[a]', '[sic]'];

/** One sentence, naming up to two entities; editorial brackets now and then. */
export function sentence(r: Random, a: AuthoritySet): string {
  let text = r.pick(CLAUSES).replace(/\{([PLGAEDR])\}/g, (_, k: string) => {
    if (k === 'P') return nameOf(r, r.pick(a.byKind.person));
    if (k === 'L') return nameOf(r, r.pick(a.byKind.place));
    if (k === 'A') return nameOf(r, r.pick(a.byKind.agreement));
    if (k === 'E') return nameOf(r, r.pick(a.byKind.event));
    if (k === 'R') return r.pick(REAL_NAMES);
    const groups = a.byKind.group;
    if (k === 'D') return r.pick(groups.filter((g) => g.demonym)).demonym!;
    return r.pick(groups.filter((g) => g.label.startsWith('Republic'))).forms[1]!;
  });
  if (r.chance(0.12)) {
    const words = text.split(' ');
    words.splice(r.int(1, words.length - 1), 0, r.pick(FILLERS));
    text = words.join(' ');
  }
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function paragraph(r: Random, a: AuthoritySet, min = 1, max = 3): string {
  return Array.from({ length: r.int(min, max) }, () => sentence(r, a)).join(' ');
}

/** How many turns a transcript has: 5–120, most of them short, a long tail. */
export function turnCount(r: Random): number {
  const u = r.next();
  return Math.min(120, 5 + Math.floor(-Math.log(1 - u) * 9));
}

export const RIGHTS = [
  'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes. Some documents may be subject to copyright, which is retained by the rights holders in accordance with US and international copyright laws. When possible, rights holders have been contacted for permission to reproduce their materials.',
  'To enquire about this document\'s rights status or request permission for commercial use, please contact the History and Public Policy Program at [email protected].',
];

export const DURATIONS = ['The meeting took two hours.', 'The conversation lasted one hour and thirty minutes.', 'The meeting lasted forty minutes.', 'The conversation lasted one hour.', 'The meeting took three hours.'];
export const LANGUAGES = ['Russian', 'Chinese', 'Korean', 'German', 'Hungarian', 'Czech', 'Polish'];
export const SPONSOR = 'This document was made possible with support from the Leon Levine Foundation';
