// Checks the curated authority file authority/authority.ttl against its vocabulary, its IRI rules,
// the project's list of verified Wikidata QIDs (authority/wikidata-verified.tsv) and hand-worked spot checks.
// Offline; reads only files inside the repository.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';

const AUTH = 'https://w3id.org/lodscribe/authority/';
const LOD = 'https://w3id.org/lodscribe/ns#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const WD = 'http://www.wikidata.org/entity/';
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const KIND_OF_CLASS: Readonly<Record<string, string>> = {
  [`${LOD}Person`]: 'person',
  [`${LOD}Place`]: 'place',
  [`${LOD}Group`]: 'group',
  [`${LOD}Agreement`]: 'agreement',
  [`${LOD}Event`]: 'event',
};

const P = {
  prefLabel: `${SKOS}prefLabel`,
  altLabel: `${SKOS}altLabel`,
  abbreviation: `${LOD}abbreviation`,
  demonym: `${LOD}demonym`,
  pseudonym: `${LOD}pseudonym`,
  begin: `${LOD}begin`,
  end: `${LOD}end`,
  wikidata: `${LOD}wikidata`,
  note: `${LOD}note`,
  periodLabel: `${LOD}periodLabel`,
  periodBegin: `${LOD}periodBegin`,
  periodEnd: `${LOD}periodEnd`,
} as const;

/** Properties whose values are names the extractor looks up. */
const NAME_PROPS = [P.prefLabel, P.altLabel, P.abbreviation, P.demonym, P.pseudonym, P.periodLabel] as const;
const ALLOWED_PREDICATES = new Set<string>([RDF_TYPE, ...Object.values(P)]);

const authorityPath = fileURLToPath(new URL('../authority/authority.ttl', import.meta.url));
const tsvPath = fileURLToPath(new URL('../authority/wikidata-verified.tsv', import.meta.url));

interface Entity {
  iri: string;
  types: string[];
  values: Map<string, Quad['object'][]>;
}

interface TsvRow {
  label: string;
  qid: string;
  status: string;
  note: string;
}

/** Lookup key: case-insensitive, curly apostrophes straightened, whitespace collapsed. */
function normaliseName(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Preferred label transliterated to ascii: diacritics dropped, apostrophes dropped, other runs of non-alphanumerics -> '-'. */
function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function parseTsv(text: string): TsvRow[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift();
  expect(header?.split('\t')).toEqual(['label', 'qid', 'status', 'note']);
  return lines.map((line) => {
    const cells = line.split('\t');
    expect(cells.length, `row "${line}"`).toBe(4);
    const [label = '', qid = '', status = '', note = ''] = cells;
    return { label, qid, status, note };
  });
}

let quads: Quad[] = [];
let entities: Map<string, Entity> = new Map();
let tsv: TsvRow[] = [];

function all(e: Entity, p: string): Quad['object'][] {
  return e.values.get(p) ?? [];
}

function strings(e: Entity, p: string): string[] {
  return all(e, p).map((o) => o.value);
}

function prefLabel(e: Entity): string {
  const [label] = strings(e, P.prefLabel);
  if (label === undefined) throw new Error(`${e.iri} has no prefLabel`);
  return label;
}

function byPrefLabel(label: string): Entity {
  const found = [...entities.values()].filter((e) => strings(e, P.prefLabel).includes(label));
  expect(found, `entity with prefLabel "${label}"`).toHaveLength(1);
  return found[0]!;
}

/** The single entity that has `name` under any name property (normalised), or undefined. */
/** The entity a name always denotes (period labels, which hold only for some record dates, are left out). */
function lookup(name: string): Entity | undefined {
  const key = normaliseName(name);
  const found = [...entities.values()].filter((e) =>
    NAME_PROPS.some((p) => p !== P.periodLabel && strings(e, p).some((v) => normaliseName(v) === key)),
  );
  expect(found.length, `entities named "${name}"`).toBeLessThanOrEqual(1);
  return found[0];
}

function qidOf(e: Entity): string | undefined {
  const [wd] = strings(e, P.wikidata);
  return wd?.startsWith(WD) ? wd.slice(WD.length) : wd;
}

beforeAll(() => {
  quads = new Parser({ baseIRI: AUTH }).parse(readFileSync(authorityPath, 'utf8'));
  entities = new Map();
  for (const q of quads) {
    const iri = q.subject.value;
    let e = entities.get(iri);
    if (!e) {
      e = { iri, types: [], values: new Map() };
      entities.set(iri, e);
    }
    if (q.predicate.value === RDF_TYPE) e.types.push(q.object.value);
    const list = e.values.get(q.predicate.value) ?? [];
    list.push(q.object);
    e.values.set(q.predicate.value, list);
  }
  tsv = parseTsv(readFileSync(tsvPath, 'utf8'));
});

describe('authority.ttl: structure', () => {
  it('parses and holds a plausible number of entities', () => {
    expect(quads.length).toBeGreaterThan(0);
    expect(entities.size).toBeGreaterThanOrEqual(40);
  });

  it('uses only named subjects in the authority namespace, in the default graph', () => {
    for (const q of quads) {
      expect(q.subject.termType, q.subject.value).toBe('NamedNode');
      expect(q.subject.value.startsWith(AUTH), q.subject.value).toBe(true);
      expect(q.graph.termType).toBe('DefaultGraph');
    }
  });

  it('uses only the documented vocabulary', () => {
    for (const q of quads) {
      expect(ALLOWED_PREDICATES.has(q.predicate.value), `${q.subject.value} ${q.predicate.value}`).toBe(true);
    }
  });

  it('gives every entity exactly one type among the five classes and an IRI <base><kind>/<slug> matching it', () => {
    for (const e of entities.values()) {
      expect(e.types, e.iri).toHaveLength(1);
      const kind = KIND_OF_CLASS[e.types[0]!];
      expect(kind, `${e.iri} type ${e.types[0]}`).toBeDefined();
      const m = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(e.iri.slice(AUTH.length));
      expect(m, e.iri).not.toBeNull();
      expect(m![1], e.iri).toBe(kind);
    }
  });

  it('gives every entity exactly one English prefLabel, and derives the slug from it', () => {
    for (const e of entities.values()) {
      const labels = all(e, P.prefLabel);
      expect(labels, e.iri).toHaveLength(1);
      const slug = e.iri.slice(AUTH.length).split('/')[1];
      expect(slug, e.iri).toBe(slugify(prefLabel(e)));
    }
  });

  it('has unique slugs', () => {
    const slugs = [...entities.keys()].map((iri) => iri.split('/').pop()!);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('writes names and notes as trimmed English literals with straight apostrophes', () => {
    for (const e of entities.values()) {
      for (const p of [...NAME_PROPS, P.note]) {
        for (const o of all(e, p)) {
          expect(o.termType, `${e.iri} ${p}`).toBe('Literal');
          if (o.termType !== 'Literal') continue;
          expect(o.language, `${e.iri} ${p} "${o.value}"`).toBe('en');
          expect(o.datatype.value).toBe(LANG_STRING);
          expect(o.value, `${e.iri} ${p}`).toBe(o.value.trim());
          expect(o.value.length, `${e.iri} ${p}`).toBeGreaterThan(0);
          expect(/[\u2018\u2019]/.test(o.value), `${e.iri} ${p} "${o.value}"`).toBe(false);
        }
      }
      expect(all(e, P.note).length, e.iri).toBeLessThanOrEqual(1);
    }
  });

  it('writes dates as xsd:gYear or xsd:date, at most one of each, begin not after end', () => {
    const year = (o: Quad['object']): number => Number.parseInt(o.value.slice(0, 4), 10);
    for (const e of entities.values()) {
      for (const p of [P.begin, P.end]) {
        const values = all(e, p);
        expect(values.length, `${e.iri} ${p}`).toBeLessThanOrEqual(1);
        for (const o of values) {
          expect(o.termType).toBe('Literal');
          if (o.termType !== 'Literal') continue;
          const dt = o.datatype.value;
          expect([`${XSD}gYear`, `${XSD}date`], `${e.iri} ${p}`).toContain(dt);
          const re = dt === `${XSD}gYear` ? /^\d{4}$/ : /^\d{4}-\d{2}-\d{2}$/;
          expect(re.test(o.value), `${e.iri} ${p} ${o.value}`).toBe(true);
        }
      }
      const [b] = all(e, P.begin);
      const [en] = all(e, P.end);
      if (b && en) {
        expect(year(b), e.iri).toBeLessThanOrEqual(year(en));
        if (b.value.length === 10 && en.value.length === 10) expect(b.value <= en.value, e.iri).toBe(true);
      }
    }
  });
});

describe('authority.ttl: Wikidata links agree with wikidata-verified.tsv', () => {
  it('reads a well-formed tsv: unique labels, verified rows with a QID, unverified rows without', () => {
    expect(tsv.length).toBeGreaterThanOrEqual(40);
    const labels = tsv.map((r) => r.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const r of tsv) {
      expect(['verified', 'unverified'], r.label).toContain(r.status);
      if (r.status === 'verified') expect(/^Q\d+$/.test(r.qid), r.label).toBe(true);
      else expect(r.qid, r.label).toBe('');
    }
  });

  it('links each entity to at most one Wikidata item, as a wd: IRI listed as verified for that entity', () => {
    for (const e of entities.values()) {
      const links = all(e, P.wikidata);
      expect(links.length, e.iri).toBeLessThanOrEqual(1);
      for (const o of links) {
        expect(o.termType, e.iri).toBe('NamedNode');
        expect(/^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/.test(o.value), `${e.iri} ${o.value}`).toBe(true);
        const row = tsv.find((r) => r.label === prefLabel(e));
        expect(row, `tsv row for "${prefLabel(e)}"`).toBeDefined();
        expect(row!.status, prefLabel(e)).toBe('verified');
        expect(`${WD}${row!.qid}`, prefLabel(e)).toBe(o.value);
      }
    }
  });

  it('keeps every verified QID, on the entity the tsv names', () => {
    for (const r of tsv.filter((row) => row.status === 'verified')) {
      expect(qidOf(byPrefLabel(r.label)), r.label).toBe(r.qid);
    }
  });

  it('lists every unverified entity, without a QID', () => {
    for (const r of tsv.filter((row) => row.status === 'unverified')) {
      expect(all(byPrefLabel(r.label), P.wikidata), r.label).toHaveLength(0);
    }
  });

  it('never uses a QID twice', () => {
    const qids = [...entities.values()].flatMap((e) => strings(e, P.wikidata));
    expect(new Set(qids).size).toBe(qids.length);
  });
});

describe('authority.ttl: names are unambiguous', () => {
  it('shares no label, altLabel, abbreviation, demonym or pseudonym between entities (case-insensitive, apostrophes normalised)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entities.values()) {
      const own = new Set<string>();
      for (const p of NAME_PROPS) {
        for (const v of strings(e, p)) {
          const key = normaliseName(v);
          if (own.has(key)) clashes.push(`"${v}" twice on ${e.iri}`);
          own.add(key);
          const other = owner.get(key);
          if (other !== undefined && other !== e.iri) clashes.push(`"${v}" on ${other} and ${e.iri}`);
          owner.set(key, e.iri);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('period labels come with their period', () => {
    for (const e of entities.values()) {
      if (strings(e, P.periodLabel).length === 0) continue;
      expect(strings(e, P.periodBegin), e.iri).toHaveLength(1);
      expect(strings(e, P.periodEnd), e.iri).toHaveLength(1);
    }
  });

  it('does not use adjectives or pronoun-like short forms as names', () => {
    for (const bad of ['Soviet', 'Chinese', 'Japanese', 'American', 'us', 'the treaty', 'credit agreement']) {
      expect(lookup(bad), bad).toBeUndefined();
    }
  });
});

describe('authority.ttl: spot checks worked out by hand', () => {
  const at = (name: string): Entity => {
    const e = lookup(name);
    expect(e, name).toBeDefined();
    return e!;
  };

  it('links Stalin, Mao Zedong and Molotov to their verified QIDs', () => {
    for (const n of ['Stalin', 'I.V. Stalin', 'I. V. Stalin', 'Joseph Stalin']) expect(qidOf(at(n)), n).toBe('Q855');
    expect(at('Stalin').iri).toBe(`${AUTH}person/joseph-stalin`);
    expect(strings(at('Stalin'), P.pseudonym)).toContain('Filippov');
    for (const n of ['Mao Zedong', 'Mao', 'Mao Tse-tung']) expect(qidOf(at(n)), n).toBe('Q5816');
    for (const n of ['Molotov', 'Vyacheslav Molotov']) expect(qidOf(at(n)), n).toBe('Q132899');
  });

  it('leaves Zhou Enlai, Vyshinskii and Port Arthur without a QID', () => {
    for (const n of ['Zhou Enlai', 'Chou En-lai', 'Vyshinskii', 'Vyshinsky', 'Vyshinski', 'Port Arthur', 'Lüshun', 'KChZhD']) {
      expect(qidOf(at(n)), n).toBeUndefined();
    }
    expect(at('Vyshinskii')).toBe(at('Andrey Vyshinsky'));
    expect(at('Port Arthur').iri).toBe(`${AUTH}place/lushunkou`);
  });

  it('gives Dalny the labels Dalny, Dairen and Dalian', () => {
    const dalny = at('Dalny');
    const names = [...strings(dalny, P.prefLabel), ...strings(dalny, P.altLabel)];
    expect(names).toEqual(expect.arrayContaining(['Dalny', 'Dairen', 'Dalian']));
    expect(dalny.types).toEqual([`${LOD}Place`]);
  });

  it('gives Shi Zhe the pseudonym Karskii', () => {
    expect(strings(at('Shi Zhe'), P.pseudonym)).toContain('Karskii');
    expect(at('Karskii')).toBe(at('Shi Zhe'));
  });

  it('links Tibet and the Tibetans to Q17252, not the Autonomous Region', () => {
    expect(qidOf(at('Tibet'))).toBe('Q17252');
    expect(strings(at('Tibet'), P.demonym)).toContain('Tibetans');
  });

  it('resolves the record\'s other spellings to the right entities', () => {
    expect(qidOf(at('Jiang Jieshi'))).toBe('Q16574');
    expect(at('Jiang Jieshi')).toBe(at('Chiang Kai-shek'));
    expect(qidOf(at('Guomindang'))).toBe('Q31113');
    expect(at('Kuomintang')).toBe(at('Guomindang'));
    expect(qidOf(at('China'))).toBe('Q148');
    expect(at('PRC')).toBe(at('China'));
    expect(at("People’s Republic of China")).toBe(at('China'));
    for (const n of ['USSR', 'Soviet Union', 'Soviets', 'Russians']) expect(qidOf(at(n)), n).toBe('Q15180');
    for (const n of ['America', 'Americans']) expect(qidOf(at(n)), n).toBe('Q30');
    expect(qidOf(at('Britain'))).toBe('Q145');
    expect(qidOf(at('Czechs'))).toBe('Q33946');
    expect(qidOf(at('Bulgarians'))).toBe('Q219');
    expect(qidOf(at('Sinkiang'))).toBe('Q34800');
    expect(qidOf(at('Roosevelt'))).toBe('Q8007');
    expect(qidOf(at('UN'))).toBe('Q1065');
    expect(qidOf(at('CCP'))).toBe('Q17427');
    expect(qidOf(at('PLA'))).toBe('Q200106');
  });

  it('keeps the CCP Central Committee and the Second Field Army apart from the party and the army, unlinked', () => {
    expect(at('CCP CC')).not.toBe(at('CCP'));
    expect(qidOf(at('CCP CC'))).toBeUndefined();
    expect(at("PLA's Second Field Army")).not.toBe(at('PLA'));
    expect(qidOf(at("PLA's Second Field Army"))).toBeUndefined();
  });

  it('names the summary\'s Chinese-Eastern Railway as KChZhD', () => {
    expect(at('Chinese-Eastern Railway')).toBe(at('KChZhD'));
    expect(at('Chinese Changchun Railway')).toBe(at('KChZhD'));
    expect(strings(at('KChZhD'), P.abbreviation)).toContain('KChZhD');
  });

  it('does not give "China" to the Republic of China', () => {
    const china = at('China');
    expect(prefLabel(china)).toBe("People's Republic of China");
    expect(lookup('Republic of China')).toBeUndefined();
  });

  it('holds the agreements and events the record names beyond the verified list', () => {
    for (const n of ['Agreement on Port Arthur', 'Agreement on Dalny', 'Agreement on KChZhD', 'Sino-Soviet Credit Agreement']) {
      expect(at(n).types, n).toEqual([`${LOD}Agreement`]);
    }
    for (const n of ['Yalta Conference', 'War against Japan']) expect(at(n).types, n).toEqual([`${LOD}Event`]);
    expect(qidOf(at('Yalta Conference'))).toBe('Q161227');
  });

  it('records life and existence dates for the principal persons and states', () => {
    expect(strings(at('Stalin'), P.begin)).toEqual(['1878']);
    expect(strings(at('Stalin'), P.end)).toEqual(['1953']);
    expect(strings(at('USSR'), P.begin)).toEqual(['1922']);
    expect(strings(at('USSR'), P.end)).toEqual(['1991']);
    expect(strings(at('PRC'), P.begin)).toEqual(['1949']);
  });

  it('includes Moscow with its QID and a note that the record does not name it', () => {
    const moscow = at('Moscow');
    expect(qidOf(moscow)).toBe('Q649');
    expect(strings(moscow, P.note).join(' ')).toMatch(/does not name/);
  });
});
