// Hand-made LinkedRecords for the map tests: the example record with hand-placed mentions and entities.
import type { Entity, EntityKind, Gloss, LinkedRecord, Mention, MentionSource } from '../../src/entities.js';
import type { SourceRecord } from '../../src/record.js';
import { SEED, parsePath } from '../helpers.js';

type EntitySeed = Partial<Entity> & { key: string; label: string };

function entity(seed: EntitySeed): Entity {
  const kind = (seed.kind ?? seed.key.split('/').at(-2)) as EntityKind;
  const scope = seed.key.startsWith('record/') ? 'record' : 'global';
  return { kind, altLabels: [], qid: null, score: 1, scope, via: scope === 'global' ? 'authority' : 'unlinked', ...seed };
}

export const SEED_ENTITIES: readonly EntitySeed[] = [
  { key: 'person/joseph-stalin', label: 'Joseph Stalin', altLabels: ['Stalin', 'I.V. Stalin'], pseudonyms: ['Filippov'], qid: 'Q855', begin: '1878', end: '1953' },
  { key: 'person/mao-zedong', label: 'Mao Zedong', altLabels: ['Mao'], qid: 'Q5816', begin: '1893', end: '1976' },
  { key: 'person/zhou-enlai', label: 'Zhou Enlai', altLabels: [] },
  { key: 'person/vyacheslav-molotov', label: 'Vyacheslav Molotov', altLabels: ['Molotov'], qid: 'Q132899' },
  { key: 'person/georgy-malenkov', label: 'Georgy Malenkov', altLabels: ['Malenkov'] },
  { key: 'person/anastas-mikoyan', label: 'Anastas Mikoyan', altLabels: ['Mikoyan'] },
  { key: 'person/andrey-vyshinsky', label: 'Andrey Vyshinsky', altLabels: ['Vyshinskii'], givenNames: ['Andrei'] },
  { key: 'person/n-v-roshchin', label: 'N. V. Roshchin', altLabels: ['Roshchin'] },
  { key: 'person/nikolai-fedorenko', label: 'Nikolai Fedorenko', altLabels: ['Fedorenko'] },
  { key: 'person/li-fuchun', label: 'Li Fuchun', altLabels: [] },
  { key: 'person/wang-jiaxiang', label: 'Wang Jiaxiang', altLabels: [] },
  { key: 'person/chen-boda', label: 'Chen Boda', altLabels: [] },
  { key: 'person/shi-zhe', label: 'Shi Zhe', altLabels: ['Shih Che'], pseudonyms: ['Karskii'] },
  { key: 'place/dalian', label: 'Dalian', altLabels: ['Dalny', 'Dairen'], qid: 'Q49936' },
  { key: 'place/tibet', label: 'Tibet', altLabels: [] },
  { key: 'group/soviet-union', label: 'Soviet Union', altLabels: ['USSR'], qid: 'Q15180', begin: '1922-12-30', end: '1991-12-26' },
];

const PEOPLE: Readonly<Record<string, string>> = {
  Stalin: 'person/joseph-stalin', 'Mao Zedong': 'person/mao-zedong', Mao: 'person/mao-zedong', 'Zhou Enlai': 'person/zhou-enlai',
  Molotov: 'person/vyacheslav-molotov', Malenkov: 'person/georgy-malenkov', Mikoyan: 'person/anastas-mikoyan',
  Vyshinskii: 'person/andrey-vyshinsky', Roshchin: 'person/n-v-roshchin', Fedorenko: 'person/nikolai-fedorenko',
  'Li Fuchun': 'person/li-fuchun', 'Wang Jiaxiang': 'person/wang-jiaxiang', 'Chen Boda': 'person/chen-boda', 'Shi Zhe': 'person/shi-zhe',
};

/** The code point offset of the first `word` at or after code point `from` (the example is all BMP). */
function find(record: SourceRecord, word: string, from = 0): number {
  const at = record.source.text.indexOf(word, from);
  if (at < 0) throw new Error(`"${word}" not in the example after ${from}`);
  return at;
}

function mention(record: SourceRecord, start: number, text: string, ent: string, from: MentionSource, extra: Partial<Mention> = {}): Mention {
  const type = ent.split('/').at(-2) as EntityKind;
  return { recordId: record.id, start, end: start + text.length, text, type, entity: ent, from, ...extra };
}

function gloss(record: SourceRecord, printed: string, role: string, givenName?: string): Gloss {
  const start = find(record, printed);
  return { role, text: printed, span: { start, end: start + printed.length }, ...(givenName ? { givenName } : {}) };
}

function turnAt(record: SourceRecord, offset: number): number | undefined {
  return record.turns.find((t) => offset >= t.start && offset < t.end)?.n;
}

/** The example record with speaker, attendance, gloss, summary, turn and aside mentions. */
export function seedLinked(record: SourceRecord = parsePath(SEED)): LinkedRecord {
  const m: Mention[] = [];
  for (const t of record.turns) {
    m.push(mention(record, t.labelSpan.start, t.label, PEOPLE[t.speaker] ?? 'missing', 'speaker', { turn: t.n }));
  }
  for (const p of record.participants) {
    if (p.span) m.push(mention(record, p.span.start, p.name, PEOPLE[p.name] ?? 'missing', 'attendance', p.side ? { side: p.side } : {}));
  }
  const vysh = find(record, 'Vyshinskii and [Chinese');
  m.push(mention(record, vysh, 'Vyshinskii', PEOPLE.Vyshinskii ?? '', 'turn', { turn: turnAt(record, vysh), gloss: gloss(record, '[Soviet Foreign Minister Andrei]', 'Soviet Foreign Minister', 'Andrei') }));
  const zhou = find(record, 'Zhou Enlai.', vysh);
  m.push(mention(record, zhou, 'Zhou Enlai', 'person/zhou-enlai', 'turn', { turn: turnAt(record, zhou), gloss: gloss(record, '[Chinese Foreign Minister]', 'Chinese Foreign Minister') }));
  const liu = find(record, "Liu Bocheng's");
  m.push(mention(record, liu, 'Liu Bocheng', `record/${record.id}/person/liu-bocheng`, 'turn', { turn: turnAt(record, liu) }));
  const dalny = find(record, 'Dalny [Dairen');
  m.push(mention(record, dalny, 'Dalny', 'place/dalian', 'turn', { turn: turnAt(record, dalny) }));
  const aside = record.asides[0];
  if (aside) m.push(mention(record, find(record, 'Stalin', aside.start), 'Stalin', 'person/joseph-stalin', 'aside', { turn: aside.turn }));
  const summary = record.summary?.start ?? 0;
  m.push(mention(record, find(record, 'Stalin', summary), 'Stalin', 'person/joseph-stalin', 'summary'));
  m.push(mention(record, find(record, 'Mao', summary), 'Mao', 'person/mao-zedong', 'summary'));
  m.push(mention(record, find(record, 'USSR', summary), 'USSR', 'group/soviet-union', 'summary'));
  m.push(mention(record, find(record, 'Tibet', summary), 'Tibet', 'place/tibet', 'summary'));
  m.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities = new Map<string, Entity>(SEED_ENTITIES.map((s) => [s.key, entity(s)]));
  entities.set(`record/${record.id}/person/liu-bocheng`, entity({ key: `record/${record.id}/person/liu-bocheng`, label: 'Liu Bocheng', score: 0 }));
  return { record, mentions: m, entities, findings: [] };
}
