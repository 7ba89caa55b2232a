// Bad and odd inputs never crash the parser; every oddity is a finding, and offsets always slice the source.
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/stages/ingest.js';
import type { SourceRecord } from '../../src/record.js';
import { FIXTURES, SEED, cpSlice, readText } from '../helpers.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const parse = (b: Uint8Array) => ingest({ file: 'odd.txt', bytes: b });
const codes = (r: SourceRecord) => r.findings.map((f) => f.code);

/** Every span the record holds slices the source text to the text it claims. */
function assertOffsets(r: SourceRecord): void {
  const t = r.source.text;
  for (const s of r.segments) expect(cpSlice(t, s.start, s.end)).toBe(s.text);
  for (const s of r.turns) expect(cpSlice(t, s.start, s.end)).toBe(s.text);
  for (const s of r.editorial) expect(cpSlice(t, s.start, s.end)).toBe(s.text);
  for (const s of r.asides) expect(cpSlice(t, s.start, s.end)).toBe(s.text);
  for (const s of [r.title, r.summary, r.sponsor, r.heading, r.date, r.duration]) if (s) expect(cpSlice(t, s.start, s.end)).toBe(s.text);
  for (const f of r.findings) if (f.span) expect(f.span.end).toBeLessThanOrEqual(r.source.length);
}

describe('bad input', () => {
  it('an empty file is a finding', () => {
    const r = parse(new Uint8Array());
    expect(codes(r)).toEqual(['empty-input']);
    expect(r.findings[0]?.severity).toBe('error');
  });

  it('a binary file is refused with a reason', () => {
    const r = parse(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    expect(codes(r)).toContain('binary-input');
    expect(r.turns).toEqual([]);
  });

  it('invalid UTF-8 is replaced and counted', () => {
    const r = parse(Uint8Array.from([...bytes('Stalin: Good '), 0xff, 0xfe, ...bytes(' day.')]));
    expect(r.findings.find((f) => f.code === 'invalid-utf8')?.args).toEqual({ count: 2 });
  });

  it('a byte order mark and CRLF line ends do not change what is read', () => {
    const seed = readText(SEED);
    const plain = parse(bytes(seed));
    const odd = parse(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(seed.replace(/\n/g, '\r\n'))]));
    expect(codes(odd)).toEqual(['bom', 'artefact']);
    expect(odd.turns.map((t) => [t.speaker, t.text])).toEqual(plain.turns.map((t) => [t.speaker, t.text.replace(/\n/g, '\r\n')]));
    assertOffsets(odd);
  });

  it('NBSP around labels and dates is white space', () => {
    const r = parse(bytes('January\u00a022,\u00a01950\nTitle\n\u00a0Stalin:\u00a0Yes.\nMao Zedong: No.\n'));
    expect(r.date?.iso).toBe('1950-01-22');
    expect(r.turns.map((t) => t.speaker)).toEqual(['Stalin', 'Mao Zedong']);
    assertOffsets(r);
  });

  it('an impossible date is a finding, never a silently corrected date', () => {
    const r = parse(bytes('February 30, 1950\nTitle\nStalin: Yes.\n'));
    expect(r.date).toBeNull();
    expect(r.findings.find((f) => f.code === 'impossible-date')).toMatchObject({ severity: 'error', span: { start: 0, end: 17 } });
  });

  it('5 MB of one line is read without a crash', () => {
    const line = 'Stalin: ' + 'word and the plan ('.repeat(250_000);
    const r = parse(bytes(`January 22, 1950\nTitle\n${line}`));
    expect(r.turns).toHaveLength(1);
    expect(r.turns[0]?.text.length).toBe(line.length - 'Stalin: '.length);
  });

  it('5 MB of one line with 500,000 editorial notes is refused as too large (limits.ts), without a crash', () => {
    const r = parse(bytes(`January 22, 1950\nTitle\nStalin: ${'word [a] Com[rade] ('.repeat(250_000)}`));
    expect(r.findings.find((f) => f.code === 'too-large')).toMatchObject({ severity: 'error', stage: 'ingest' });
    expect([r.turns, r.editorial, r.segments]).toEqual([[], [], []]);
  });

  it('astral characters keep code point offsets right', () => {
    const r = parse(bytes('January 22, 1950\n𝔗𝔦𝔱𝔩𝔢 😀\nStalin: 😀 [Soviet Foreign Minister Andrei] Vyshinskii agrees.\n'));
    expect(r.editorial[0]?.target?.text).toBe('Vyshinskii');
    assertOffsets(r);
  });
});

describe('property: the parser never throws and its offsets always slice the source', () => {
  const fixtures = [readText(SEED), ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => readText(FIXTURES + f))];
  const mutate = fc.tuple(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 8 }))
    .map(([text, edits]) => edits.reduce((t, [at, del, ins]) => { const i = at % (t.length + 1); return t.slice(0, i) + ins + t.slice(i + del); }, text));

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => assertOffsets(parse(bytes(s)))), { numRuns: 500 });
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => { parse(b); }), { numRuns: 300 });
  });

  it('on mutated copies of the fixtures', () => {
    fc.assert(fc.property(mutate, (s) => assertOffsets(parse(bytes(s)))), { numRuns: 300 });
  });

  it('on line-structured text made of page parts', () => {
    const part = fc.constantFrom('Stalin:', 'Comrade Stalin: Yes.', '[a]', '[?]', 'Com[rade]', 'word[1]', '[1]Name', '/Karskii/', '[', ']',
      'Present at the meeting were comrs. A, B and C, D.', 'The meeting took two hours.', 'Source', 'Record ID', '3.IV.1949', 'FROM:', '\n', '\r\n', ' ', ':');
    fc.assert(fc.property(fc.array(part, { maxLength: 40 }), (parts) => assertOffsets(parse(bytes(parts.join(''))))), { numRuns: 500 });
  });
});
