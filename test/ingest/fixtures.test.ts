// Hand-written fixture records in the Wilson Center page layout, each checked against expectations worked out by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/record.js';
import { ingest } from '../../src/stages/ingest.js';
import { FIXTURES, cpSlice, parsePath } from '../helpers.js';

interface Expected {
  title?: string;
  date?: { iso: string; text: string } | null;
  dateFinding?: string | null;
  type?: string;
  turnCount?: number;
  speakers?: Record<string, number>;
  turnLabels?: string[];
  continuations?: number;
  asides?: string[];
  participants?: { name: string; side?: number }[] | null;
  duration?: string | null;
  notTurns?: string[];
  editorial?: { text: string; kind: string }[];
  footnotes?: number;
  summary?: string | null;
  metadata?: Record<string, string>;
  sidecar?: boolean;
}

const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

/** What the parser found, in the shape of the expectation files. */
function observed(r: SourceRecord, e: Expected): Expected {
  const speakers: Record<string, number> = {};
  for (const t of r.turns) speakers[t.speaker] = (speakers[t.speaker] ?? 0) + 1;
  const attendance = r.participants.filter((p) => p.from === 'attendance');
  const sided = attendance.map((p) => (p.side === undefined ? { name: p.name } : { name: p.name, side: p.side }));
  const ownMetadata = Object.fromEntries(r.metadataFields.map((f) => [f.heading, f.value]));
  return {
    title: r.title?.text, date: r.date ? { iso: r.date.iso, text: r.date.text } : null,
    dateFinding: r.findings.find((f) => f.code === 'impossible-date')?.code ?? null, type: r.type,
    turnCount: r.turns.length, speakers, turnLabels: r.turns.map((t) => t.label),
    continuations: r.turns.reduce((n, t) => n + Math.max(0, t.paragraphs.length - 1), 0),
    asides: r.asides.map((a) => a.text),
    participants: attendance.length ? sided.map((p) => (e.participants?.some((x) => x.side !== undefined) ? p : { name: p.name })) : null,
    duration: r.duration?.iso ?? null,
    notTurns: r.segments.filter((s) => ['header', 'salutation'].includes(s.kind) || (s.kind !== 'turn' && /:\s*$|^[^:]{1,40}:/.test(s.text))).map((s) => s.text),
    editorial: r.editorial.map((x) => ({ text: x.text, kind: x.kind })),
    footnotes: r.segments.filter((s) => s.kind === 'footnote').length,
    summary: r.summary?.text ?? null, metadata: ownMetadata, sidecar: existsSync(FIXTURES + r.file.replace(/\.txt$/, '.json')),
  };
}

describe.each(names)('%s', (name) => {
  const e = JSON.parse(readFileSync(FIXTURES + name.replace(/\.txt$/, '.expected.json'), 'utf8')) as Expected;
  const r = parsePath(FIXTURES + name);
  const o = observed(r, e);
  for (const key of Object.keys(e) as (keyof Expected)[]) {
    it(`${key}`, () => {
      if (key === 'date' && e.date) expect(o.date?.iso).toBe(e.date.iso);
      else if (key === 'notTurns') for (const line of e.notTurns ?? []) expect(r.turns.some((t) => t.text.includes(line) || t.label === line.replace(/:$/, ''))).toBe(false);
      else expect(o[key]).toEqual(e[key]);
    });
  }
  it('offsets slice the source', () => {
    for (const t of r.turns) expect(cpSlice(r.source.text, t.start, t.end)).toBe(t.text);
    for (const x of r.editorial) expect(cpSlice(r.source.text, x.start, x.end)).toBe(x.text);
  });
});

describe('the JSON sidecar', () => {
  it('supplies metadata the page lost, and its values win', () => {
    const r = parsePath(`${FIXTURES}015_zhou_kim_letter_1958.txt`);
    expect(r.id).toBe('121579');
    expect(r.metadata).toMatchObject({
      'Record ID': '121579', Language: 'Chinese', 'Original Archive': 'PRC Foreign Ministry Archive',
      'Translated by': 'Li Wei', URL: 'https://digitalarchive.wilsoncenter.org/document/121579', Rights: 'Publicly Available',
    });
    expect(r.metadataFields).toEqual([]);
  });

  it('a sidecar that is not a JSON object is a finding naming the file', () => {
    const r = ingest({ file: 'a.txt', bytes: new TextEncoder().encode('May 1, 1950\nTitle\nStalin: Yes.'), sidecar: { file: 'a.json', bytes: new TextEncoder().encode('[1,') } });
    expect(r.findings.map((f) => [f.code, f.args['file']])).toEqual([['sidecar-invalid', 'a.json']]);
  });

  it('a sidecar value replacing a parsed one is reported', () => {
    const page = 'May 1, 1950\nTitle\nStalin: Yes.\nSummary paragraph.\nRecord ID\n100\nLanguage\nRussian';
    const r = ingest({ file: 'a.txt', bytes: new TextEncoder().encode(page), sidecar: { file: 'a.json', bytes: new TextEncoder().encode('{"language":"English","shelf":"B-12"}') } });
    expect(r.id).toBe('100');
    expect(r.metadata['Language']).toBe('English');
    expect(r.metadata['shelf']).toBe('B-12');
    expect(r.findings.map((f) => f.code)).toEqual(['sidecar-unknown-key', 'sidecar-override']);
  });
});
