// Loads the curated authority file (Turtle) into typed entries with every name they go by.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AuthorityEntry, EntityKind } from '../entities.js';
import { Parser, type Quad } from '../rdf/factory.js';
import { NS, lod, rdf, skos } from '../rdf/namespaces.js';

/** The authority file bundled with lodscribe. */
export const DEFAULT_AUTHORITY = fileURLToPath(new URL('../../authority/authority.ttl', import.meta.url));

export interface PeriodLabels { labels: string[]; begin: string; end: string }
export interface Authority { entries: AuthorityEntry[]; periods: Map<string, PeriodLabels>; sha256?: string }

const KINDS = new Map<string, EntityKind>([
  [lod.Person.value, 'person'], [lod.Place.value, 'place'], [lod.Group.value, 'group'],
  [lod.Agreement.value, 'agreement'], [lod.Event.value, 'event'],
]);
const WD = NS.wd;

/** Reads an authority file; its entry keys are the IRI paths after the file's base (`person/joseph-stalin`). */
export function loadAuthority(path = DEFAULT_AUTHORITY): Authority {
  return parseAuthority(readFileSync(path, 'utf8'));
}

export function parseAuthority(turtle: string): Authority {
  const quads = new Parser().parse(turtle);
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
  const entries: AuthorityEntry[] = [];
  const periods = new Map<string, PeriodLabels>();
  for (const [iri, qs] of [...bySubject].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const values = (p: { value: string }) => qs.filter((q) => q.predicate.value === p.value).map((q) => q.object.value).sort();
    const kind = KINDS.get(values(rdf.type)[0] ?? '');
    if (!kind) continue;
    const key = iri.slice(iri.lastIndexOf(`/${kind}/`) + 1);
    const entry: AuthorityEntry = {
      key, kind, label: values(skos.prefLabel)[0] ?? key, altLabels: values(skos.altLabel),
      abbreviations: values(lod.abbreviation), demonyms: values(lod.demonym), pseudonyms: values(lod.pseudonym),
    };
    const [begin, end, qid, note] = [values(lod.begin)[0], values(lod.end)[0], values(lod.wikidata)[0], values(lod.note)[0]];
    if (begin) entry.begin = begin;
    if (end) entry.end = end;
    if (qid?.startsWith(WD)) entry.qid = qid.slice(WD.length);
    if (note) entry.note = note;
    entries.push(entry);
    const labels = values(lod.periodLabel);
    if (labels.length) periods.set(key, { labels, begin: values(lod.periodBegin)[0] ?? '', end: values(lod.periodEnd)[0] ?? '9999' });
  }
  return { entries, periods };
}
