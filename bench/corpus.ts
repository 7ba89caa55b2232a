// The benchmark corpus generator: N record pages in the Wilson Center layout (transcripts, telegrams, memoranda), seeded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticAuthority, type AuthoritySet, type Entity } from './authority.js';
import {
  dateLine, datedHeading, DURATIONS, LANGUAGES, nameOf, paragraph, randomDate, RIGHTS, sentence, SPONSOR, turnCount, type PageDate,
} from './pages.js';
import { Random } from './random.js';

export interface GeneratedCorpus { dir: string; files: number; bytes: number }

type Style = (p: Entity) => string;
const STYLES: Style[] = [
  (p) => p.surname!, (p) => `Comrade ${p.surname!}`, (p) => `${p.label[0]!}. ${p.surname!}`, (p) => p.surname!.toUpperCase(),
];

/** A curated person (authority/authority.ttl, verified QID) who now and then leads a generated record. */
const STALIN: Entity = { kind: 'person', slug: 'joseph-stalin', label: 'Joseph Stalin', surname: 'Stalin', forms: ['Stalin'], begin: 1878, end: 1953 };

function surname(p: Entity): string {
  return p.surname!;
}

function transcriptBody(r: Random, a: AuthoritySet, speakers: Entity[], others: Entity[]): string[] {
  const style = r.pick(STYLES);
  const lines = ['After an exchange of greetings, the following conversation took place.'];
  for (let n = 0, turns = turnCount(r); n < turns; n++) {
    const who = n < 2 ? speakers[n % 2]! : r.chance(0.85) ? speakers[n % 2]! : r.pick(others);
    let text = paragraph(r, a, 1, 2);
    if (r.chance(0.05)) text = text.replace('. ', `, says comr. ${surname(who)} jokingly, `);
    if (r.chance(0.04)) text += ' (laughter)';
    lines.push(`${style(who)}: ${text}`);
    if (r.chance(0.15)) lines.push(paragraph(r, a, 1, 2));
  }
  lines.push(r.pick(DURATIONS));
  const side1 = [speakers[0]!, ...others.slice(0, 2)].map(surname);
  const side2 = [speakers[1]!, ...others.slice(2)].map((p, i) => (i === 1 && r.chance(0.5) ? `[${r.pick(['Ambassador to the USSR', 'CC member', 'Foreign Minister'])}] ${surname(p)}` : surname(p)));
  lines.push(`Present at the meeting were comrs. ${side1.join(', ')} and ${side2.join(', ')}.`);
  return lines;
}

function telegramBody(r: Random, a: AuthoritySet, from: Entity, to: Entity, copies: Entity[]): string[] {
  const place = () => r.pick(a.byKind.place).label.toUpperCase();
  const lines = [
    `CIPHERED TELEGRAM No. ${r.int(100, 9999)}`, `FROM: ${place()}`, `TO: ${place()}, MINISTRY OF FOREIGN AFFAIRS`,
    `Copies: ${copies.map(surname).join(', ')}`, `Time: ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`,
    `To Comrade ${surname(to)}:`,
  ];
  const items = r.int(1, 6);
  lines.push(`${nameOf(r, from)} notified us of the following:`);
  for (let i = 1; i <= items; i++) lines.push(`${i}. ${paragraph(r, a, 1, 2)}`);
  lines.push('I ask for your instructions.', surname(from).toUpperCase());
  return lines;
}

function memorandumBody(r: Random, a: AuthoritySet, from: Entity): string[] {
  const lines = ['MEMORANDUM FOR: The Secretary of State', `FROM: Office of ${r.pick(a.byKind.place).label} Affairs`, `SUBJECT: ${sentence(r, a).replace(/\.$/, '')}`];
  const paragraphs = r.int(2, 5);
  for (let i = 0; i < paragraphs; i++) lines.push(paragraph(r, a, 1, 3));
  if (r.chance(0.5)) {
    lines[3] = lines[3]!.replace('.', ' of the treaty[1].');
    lines.push(`[1] The draft treaty circulated by ${nameOf(r, from)} on ${r.int(1, 28)} May.`);
  }
  return lines;
}

function metadata(r: Random, places: Entity[], people: Entity[], type: string, id: number): string[] {
  const lines = ['Associated Places', ...places.map((p) => p.label), 'Associated People & Organizations'];
  lines.push(...people.map((p) => `${surname(p)}, ${p.label.split(' ')[0]!}, ${p.begin}-${p.end}`), 'Document Information');
  if (r.chance(0.6)) lines.push('Source', `State Archive, fond ${r.int(1, 99)}, opis ${r.int(1, 9)}, delo ${r.int(1, 900)}.`);
  lines.push('Original Archive', 'Type', type, 'Language', r.pick(LANGUAGES), 'Record ID', String(id));
  return lines;
}

/** The text of record `i` of the corpus (and, for a few, a sidecar). */
export function recordPage(r: Random, a: AuthoritySet, i: number): { text: string; sidecar?: string } {
  const date = randomDate(r);
  const [first, p2, ...others] = r.sample(a.byKind.person, 6) as [Entity, Entity, ...Entity[]];
  const p1 = r.chance(0.05) ? STALIN : first;
  const kind = r.next();
  const place = r.pick(a.byKind.place).label;
  let title: string, body: string[], type: string;
  if (kind < 0.45) {
    title = `Record of ${r.pick(['Conversation', 'Talks'])} between Comrade ${p1.label} and ${p2.label}`;
    body = transcriptBody(r, a, [p1, p2], others.slice(0, r.int(1, 4)));
    type = 'Memorandum of Conversation';
  } else if (kind < 0.75) {
    title = `Ciphered Telegram from ${p1.surname!} to ${p2.surname!}`;
    body = telegramBody(r, a, p1, p2, others.slice(0, 3));
    type = 'Telegram';
  } else {
    title = `Memorandum on the Situation in ${place}`;
    body = memorandumBody(r, a, p1);
    type = 'Memorandum';
  }
  const lines = [dateLine(date), title];
  if (r.chance(0.6)) lines.push(title);
  if (r.chance(0.3)) lines.push(SPONSOR);
  const heading = datedHeading(r, date, place);
  if (heading) lines.push(heading);
  lines.push(...body, summary(r, a, p1, p2, place));
  lines.push(...metadata(r, [r.pick(a.byKind.place)], [p1, p2], type, 200000 + i), ...RIGHTS);
  const text = `${lines.join('\n')}\n`;
  if (!r.chance(0.03)) return { text };
  return { text, sidecar: `${JSON.stringify({ recordId: String(200000 + i), language: 'Russian', translator: 'Benchmark Translator' }, null, 2)}\n` };
}

function summary(r: Random, a: AuthoritySet, p1: Entity, p2: Entity, place: string): string {
  return `${p1.label} and ${p2.label} discuss the situation in ${place} and ${nameOf(r, r.pick(a.byKind.agreement))}. ${sentence(r, a)}`;
}

/** Writes `records` pages (and their sidecars) into `dir` as `r0000001.txt`…; the same seed gives the same files. */
export function generateCorpus(dir: string, records: number, seed = 1950, authority: AuthoritySet = syntheticAuthority()): GeneratedCorpus {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < records; i++) {
    const r = new Random(seed * 1_000_003 + i);
    const { text, sidecar } = recordPage(r, authority, i);
    const name = `r${String(i).padStart(7, '0')}`;
    writeFileSync(join(dir, `${name}.txt`), text);
    if (sidecar) writeFileSync(join(dir, `${name}.json`), sidecar);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files: records, bytes };
}

export type { PageDate };
