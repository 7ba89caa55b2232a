// The contract end to end: every bundled and hand-written record, parsed, linked offline and mapped, conforms.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAuthority } from '../../src/extract/authority.js';
import { mint } from '../../src/rdf/namespaces.js';
import { formatValidation } from '../../src/render/validation.js';
import { extract } from '../../src/stages/extract.js';
import { link } from '../../src/stages/link.js';
import { mapRecord } from '../../src/stages/map.js';
import { validateRecord } from '../../src/stages/validate.js';
import { FIXTURES, SEED, parsePath } from '../helpers.js';
import { projectShapes } from './helpers.js';

const files = [SEED, ...readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => FIXTURES + f)];

describe('mapped records', () => {
  const authority = loadAuthority();

  it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s conforms to the shapes', (_name, file) => {
    const record = parsePath(file);
    const mapped = mapRecord(link(record, extract(record, authority), authority), { base: mint().base });
    const spans = new Map(record.turns.map((t, i) => [mint().recordPart(mapped.recordId, 'turn', i + 1).value, t]));
    const outcome = validateRecord([...mapped.quads, ...mapped.entityQuads], projectShapes(), { recordId: mapped.recordId, spans });
    expect(outcome.results, formatValidation(mapped.recordId, outcome.results)).toEqual([]);
  });

  it('reports a turn lost from the seed as a gap, on the next turn, with its source span', () => {
    const record = parsePath(SEED);
    const mapped = mapRecord(link(record, extract(record, authority), authority), { base: mint().base });
    const turn = (n: number): string => mint().recordPart(mapped.recordId, 'turn', n).value;
    const lost = mapped.quads.filter((q) => !q.subject.value.startsWith(`${turn(5)}/`) && q.subject.value !== turn(5));
    const spans = new Map(record.turns.map((t, i) => [turn(i + 1), t]));
    const { results } = validateRecord(lost, projectShapes(), { recordId: mapped.recordId, spans });
    const gaps = results.filter((r) => r.constraint === 'PositionSequenceConstraintComponent');
    expect(gaps).toMatchObject([{ focusNode: turn(6), span: { start: record.turns[5]?.start, end: record.turns[5]?.end } }]);
    expect(gaps[0]?.message).toMatch(/^position 5 is missing before this turn/);
  });
});
