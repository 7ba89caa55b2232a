// The benchmark's synthetic authority set (seeded): persons, places, groups, agreements, events, as Turtle like authority/authority.ttl.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Random } from './random.js';

export type Kind = 'person' | 'place' | 'group' | 'agreement' | 'event';

export interface Entity {
  kind: Kind;
  slug: string;
  label: string;
  /** The names a record may print for the entity (the label first). */
  forms: string[];
  /** For persons: the surname a speaker label uses. */
  surname?: string;
  abbreviation?: string;
  demonym?: string;
  begin?: number;
  end?: number;
}

export const AUTHORITY_FILE = fileURLToPath(new URL('./authority.ttl', import.meta.url));
const REAL_AUTHORITY = fileURLToPath(new URL('../authority/authority.ttl', import.meta.url));

const ONSETS = ['B', 'D', 'G', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z', 'Br', 'Dr', 'Kr', 'Gr', 'Tr', 'Str', 'Sh', 'Zh', 'Ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ia', 'ei'];
const CODAS = ['', 'n', 'r', 'l', 'v', 's', 'k', 'm'];
const SURNAME_ENDINGS = ['ov', 'enko', 'ski', 'in', 'ev', 'ich', 'ner', 'ek', 'escu', 'adze'];
const GIVEN = ['Arkady', 'Boris', 'Dmitri', 'Elena', 'Fyodor', 'Grigory', 'Ivan', 'Karel', 'Lajos', 'Milan', 'Nadia', 'Oleg',
  'Pavel', 'Radu', 'Stefan', 'Tibor', 'Vasil', 'Yuri', 'Zoltan', 'Andrei', 'Bohdan', 'Jan', 'Imre', 'Ladislav'];
const PLACE_ENDINGS = ['grad', 'ovo', 'sk', 'burg', 'ia', 'ava', 'ice', 'polis', 'shan', 'ang'];

/** A capitalised pseudo-word of 1–2 syllables (before its ending). */
function word(r: Random): string {
  const syllables = r.int(1, 2);
  let w = '';
  for (let i = 0; i < syllables; i++) w += (i === 0 ? r.pick(ONSETS) : r.pick(ONSETS).toLowerCase()) + r.pick(VOWELS) + r.pick(CODAS);
  return w;
}

function slugify(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function uniqueWord(r: Random, used: Set<string>, suffixes: string[]): string {
  for (;;) {
    const w = word(r) + r.pick(suffixes);
    if (!used.has(w.toLowerCase())) {
      used.add(w.toLowerCase());
      return w;
    }
  }
}

function person(r: Random, used: Set<string>): Entity {
  const surname = uniqueWord(r, used, SURNAME_ENDINGS);
  const given = r.pick(GIVEN);
  const initial = `${given[0]}.`;
  const patronymic = `${r.pick(GIVEN)[0]}.`;
  const begin = r.int(1880, 1930);
  return {
    kind: 'person', slug: slugify(`${given} ${surname}`), label: `${given} ${surname}`, surname, begin, end: begin + r.int(45, 90),
    forms: [`${given} ${surname}`, surname, `${initial} ${surname}`, `${initial}${patronymic} ${surname}`],
  };
}

function place(r: Random, used: Set<string>): Entity {
  const name = uniqueWord(r, used, PLACE_ENDINGS);
  return { kind: 'place', slug: slugify(name), label: name, forms: [name] };
}

function group(r: Random, used: Set<string>, i: number): Entity {
  const stem = uniqueWord(r, used, ['ia', 'ania', 'ovia']);
  if (i % 2 === 0) {
    const label = `Republic of ${stem}`;
    return { kind: 'group', slug: slugify(label), label, forms: [label, stem], demonym: `${stem}ns` };
  }
  const label = `${stem} Workers' Party`;
  const abbreviation = `${stem.slice(0, 2).toUpperCase()}WP`;
  return { kind: 'group', slug: slugify(label), label, forms: [label, abbreviation], abbreviation };
}

function agreement(r: Random, places: Entity[], i: number): Entity {
  const year = 1945 + (i % 30);
  const where = places[i % places.length]!.label;
  const label = `${r.pick(['Treaty', 'Agreement', 'Protocol'])} of ${where} (${year})`;
  return { kind: 'agreement', slug: slugify(label), label, forms: [label, label.replace(/ \(\d+\)$/, '')] };
}

function event(places: Entity[], i: number): Entity {
  const where = places[(i * 7) % places.length]!.label;
  const label = `${where} ${['Conference', 'Summit', 'Congress', 'Plenum'][i % 4]}`;
  return { kind: 'event', slug: slugify(label), label, forms: [label] };
}

export interface AuthoritySet { entities: Entity[]; byKind: Record<Kind, Entity[]> }

/** The synthetic entities, the same for the same seed; sizes scale the recurrence of entities across records. */
export function syntheticAuthority(seed = 1950, sizes = { person: 600, place: 150, group: 80, agreement: 40, event: 24 }): AuthoritySet {
  const r = new Random(seed);
  const used = new Set<string>();
  const persons = Array.from({ length: sizes.person }, () => person(r, used));
  const places = Array.from({ length: sizes.place }, () => place(r, used));
  const groups = Array.from({ length: sizes.group }, (_, i) => group(r, used, i));
  const agreements = uniqueSlugs(Array.from({ length: sizes.agreement }, (_, i) => agreement(r, places, i)));
  const events = uniqueSlugs(Array.from({ length: sizes.event }, (_, i) => event(places, i)));
  const byKind = { person: persons, place: places, group: groups, agreement: agreements, event: events };
  return { entities: [...persons, ...places, ...groups, ...agreements, ...events], byKind };
}

function uniqueSlugs(list: Entity[]): Entity[] {
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(e.slug) && seen.add(e.slug));
}

const lit = (s: string) => `${JSON.stringify(s)}@en`;
const TYPE: Record<Kind, string> = { person: 'lod:Person', place: 'lod:Place', group: 'lod:Group', agreement: 'lod:Agreement', event: 'lod:Event' };

function entityTurtle(e: Entity): string {
  const lines = [`<${e.kind}/${e.slug}> a ${TYPE[e.kind]}`, `  skos:prefLabel ${lit(e.label)}`];
  const alt = e.forms.filter((f) => f !== e.label && f !== e.abbreviation);
  if (alt.length) lines.push(`  skos:altLabel ${alt.map(lit).join(', ')}`);
  if (e.abbreviation) lines.push(`  lod:abbreviation ${lit(e.abbreviation)}`);
  if (e.demonym) lines.push(`  lod:demonym ${lit(e.demonym)}`);
  if (e.begin) lines.push(`  lod:begin "${e.begin}"^^xsd:gYear ; lod:end "${e.end}"^^xsd:gYear`);
  lines.push('  lod:note "Synthetic benchmark entity."@en');
  return `${lines.join(' ;\n')} .\n`;
}

/** The bench authority file: the project's curated entries (with their verified QIDs) followed by the synthetic ones. */
export function authorityTurtle(set: AuthoritySet = syntheticAuthority()): string {
  const real = readFileSync(REAL_AUTHORITY, 'utf8');
  const header = [
    '# lodscribe benchmark authority (generated by bench/authority.ts; regenerate with `npm run bench -- --write-authority`).',
    '# The curated entries of authority/authority.ttl, then synthetic persons, places, groups, agreements and events',
    '# that the generated corpus names, so that entities recur across records. Synthetic entries have no Wikidata QID.',
    '',
  ].join('\n');
  return `${header}${real}\n${set.entities.map(entityTurtle).join('\n')}`;
}
