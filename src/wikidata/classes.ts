// The one table of Wikidata classes (P31 values) the scorer accepts for each kind of entity, and the ones it rejects.
import type { EntityKind } from '../entities.js';

/** `[QID, kinds it fits]`; an empty list marks a class that is never an entity (a page about a name, a disambiguation). */
const CLASSES: readonly (readonly [string, readonly EntityKind[]])[] = [
  ['Q5', ['person']], // human
  ['Q6256', ['place', 'group']], // country
  ['Q3624078', ['place', 'group']], // sovereign state
  ['Q3024240', ['place', 'group']], // historical country (Tibet before 1951, the Republic of China 1912-1949)
  ['Q7275', ['place', 'group']], // state
  ['Q10864048', ['place']], // first-level administrative country subdivision (provinces, autonomous regions)
  ['Q56061', ['place']], // administrative territorial entity
  ['Q82794', ['place']], // geographic region (Manchuria)
  ['Q515', ['place']], // city
  ['Q486972', ['place']], // human settlement
  ['Q43229', ['group']], // organization
  ['Q7278', ['group']], // political party
  ['Q484652', ['group']], // international organization
  ['Q176799', ['group']], // military unit
  ['Q131569', ['agreement']], // treaty
  ['Q1656682', ['event']], // event
  ['Q198', ['event']], // war
  ['Q4167410', []], // Wikimedia disambiguation page
  ['Q101352', []], // family name
  ['Q202444', []], // given name
];

const FITS = new Map(CLASSES.map(([qid, kinds]) => [qid, kinds]));

/** How the classes of an item fit a kind: `fits`, `never` (not an entity at all), or `other`/`none` (unknown). */
export function classFit(kind: EntityKind, classes: string[]): 'fits' | 'never' | 'other' | 'none' {
  if (classes.length === 0) return 'none';
  const kinds = classes.map((c) => FITS.get(c));
  if (kinds.some((k) => k?.includes(kind))) return 'fits';
  if (kinds.some((k) => k?.length === 0)) return 'never';
  return 'other';
}
