// The example record (talks between Stalin and Mao Zedong, 22 January 1950), checked against a reading by hand.
import { describe, expect, it } from 'vitest';
import { SEED, cpSlice, parsePath } from '../helpers.js';

const r = parsePath(SEED);
const text = r.source.text;

describe('the example record', () => {
  it('has its date, title (once) and type', () => {
    expect(r.id).toBe('000_61cf9e0859bf9235');
    expect(r.date).toMatchObject({ iso: '1950-01-22', text: 'January 22, 1950', precision: 'day' });
    expect(r.title?.text).toBe(
      "Record of Talks between I.V. Stalin and Chairman of the Central People's Government of the People’s Republic of China Mao Zedong",
    );
    expect(r.heading?.text).toBe('22 January 1950');
    expect(r.heading?.place).toBeUndefined();
    expect(r.type).toBe('transcript');
    expect(r.segments.some((s) => s.text.startsWith('Record of Talks'))).toBe(false);
  });

  it('has 66 turns: Stalin 32, Mao Zedong 29, Zhou Enlai 3, Molotov 2', () => {
    expect(r.turns).toHaveLength(66);
    const count = (s: string) => r.turns.filter((t) => t.speaker === s).length;
    expect([count('Stalin'), count('Mao Zedong'), count('Zhou Enlai'), count('Molotov')]).toEqual([32, 29, 3, 2]);
    expect(r.turns.map((t) => t.n)).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
    expect(r.turns[0]?.text.startsWith('There are two groups of questions')).toBe(true);
    expect(r.turns[65]?.text.endsWith('give you an answer.')).toBe(true);
  });

  it('puts the 7 continuation paragraphs inside the right turns', () => {
    const continued = r.turns
      .filter((t) => t.paragraphs.length > 1)
      .map((t) => [t.n, t.speaker, t.paragraphs.length - 1]);
    expect(continued).toEqual([
      [1, 'Stalin', 2], // "I think that it would be better ..." and "I ask to hear your opinion ..."
      [6, 'Mao Zedong', 1], // "In addition, whereas before ..."
      [50, 'Stalin', 1], // "As is clear from the telegrams ..."
      [55, 'Mao Zedong', 1], // "How shall we proceed with the trade agreement?" after "Very well, we shall prepare these."
      [62, 'Stalin', 1], // "What other questions do you have?"
      [64, 'Stalin', 1], // "Any other questions?"
    ]);
    const t55 = r.turns[54];
    expect(cpSlice(text, t55!.paragraphs[1]!.start, t55!.paragraphs[1]!.end)).toBe('How shall we proceed with the trade agreement?');
  });

  it('finds the aside inside turn 50', () => {
    expect(r.asides).toEqual([
      expect.objectContaining({ turn: 50, text: 'says comr. Stalin jokingly', speaker: 'Stalin' }),
    ]);
    expect(r.turns[49]?.text.startsWith('Our credit agreements with people')).toBe(true);
    const a = r.asides[0]!;
    expect(cpSlice(text, a.start, a.end)).toBe('says comr. Stalin jokingly');
  });

  it('reads 12 names on two sides from the attendance line, with Stalin as principal', () => {
    const attendance = r.participants.filter((p) => p.from === 'attendance');
    expect(attendance.filter((p) => p.side === 1).map((p) => p.name)).toEqual([
      'Molotov', 'Malenkov', 'Mikoyan', 'Vyshinskii', 'Roshchin', 'Fedorenko',
    ]);
    expect(attendance.filter((p) => p.side === 2).map((p) => p.name)).toEqual([
      'Mao Zedong', 'Zhou Enlai', 'Li Fuchun', 'Wang Jiaxiang', 'Chen Boda', 'Shi Zhe',
    ]);
    expect(r.participants.find((p) => p.name === 'Stalin')).toEqual({ name: 'Stalin', role: 'principal', from: 'speaker' });
    expect(r.participants.filter((p) => p.role === 'principal').map((p) => p.name)).toEqual(['Mao Zedong', 'Stalin']);
    expect(r.participants.find((p) => p.name === 'Wang Jiaxiang')?.gloss).toBe('PRC Ambassador to the USSR');
    expect(r.participants.find((p) => p.name === 'Shi Zhe')?.pseudonym).toBe('Karskii');
    for (const p of attendance) expect(cpSlice(text, p.span!.start, p.span!.end)).toBe(p.name);
  });

  it('reads the duration as PT2H and keeps narration out of the turns', () => {
    expect(r.duration).toMatchObject({ iso: 'PT2H', text: 'two hours' });
    expect(r.segments.filter((s) => s.kind !== 'turn').map((s) => s.kind)).toEqual(['narration', 'duration', 'attendance']);
  });

  it('types all 8 square-bracket insertions, the pseudonym and the artefact', () => {
    expect(r.editorial.map((e) => [e.kind, e.text, e.target?.text ?? null])).toEqual([
      ['role-gloss', '[Soviet Foreign Minister Andrei]', 'Vyshinskii'],
      ['role-gloss', '[Chinese Foreign Minister]', 'Zhou Enlai'],
      ['alternative-name', '[Dairen; Dalian]', 'Dalny'],
      ['supplied-word', '[a]', null],
      ['role-gloss', '[CCP CC member and Vice Chairman of Finance and Economics Commission]', 'Li Fuchun'],
      ['role-gloss', "[CCP CC member and commander of the PLA's Second Field Army]", 'Liu Bocheng'],
      ['role-gloss', '[PRC Ambassador to the USSR]', 'Wang Jiaxiang'],
      ['role-gloss', '[CCP CC member]', 'Chen Boda'],
      ['pseudonym', '/Karskii/', 'Shi Zhe'],
      ['artefact', '[email protected]', null],
    ]);
    for (const e of r.editorial) expect(cpSlice(text, e.start, e.end)).toBe(e.text);
    expect(r.findings.map((f) => f.code)).toEqual(['artefact']);
  });

  it('keeps the text as printed and the text without editorial insertions', () => {
    const t13 = r.turns[12]!;
    expect(t13.text).toContain('[Soviet Foreign Minister Andrei] Vyshinskii and [Chinese Foreign Minister] Zhou Enlai.');
    expect(t13.plainText).toBe('To whom shall we entrust the preparation of the draft? I believe that we should entrust it to Vyshinskii and Zhou Enlai.');
    expect(r.turns[26]!.plainText).toBe('The question of Dalny. We have no intention of securing any Soviet rights in Dalny.');
  });

  it('has the summary, no invented metadata, and the two rights paragraphs', () => {
    expect(r.summary?.text.startsWith('Conversation between Stalin and Mao concerning')).toBe(true);
    expect(r.metadata).toEqual({});
    expect(r.rights.map((p) => p.text.slice(0, 40))).toEqual([
      'The History and Public Policy Program we',
      "To enquire about this document's rights ",
    ]);
  });

  it('gives offsets that slice the source to every turn, segment and summary', () => {
    for (const t of r.turns) expect(cpSlice(text, t.start, t.end)).toBe(t.text);
    for (const t of r.turns) expect(cpSlice(text, t.labelSpan.start, t.labelSpan.end)).toBe(t.label);
    for (const s of r.segments) expect(cpSlice(text, s.start, s.end)).toBe(s.text);
    expect(cpSlice(text, r.summary!.start, r.summary!.end)).toBe(r.summary!.text);
    expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
