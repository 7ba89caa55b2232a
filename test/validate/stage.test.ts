// The validate stage: the deadline, the RDF report (no blank nodes, Turtle, deterministic) and source spans.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Writer, namedNode, quad, type Quad } from '../../src/rdf/factory.js';
import { crm, rdf, sh } from '../../src/rdf/namespaces.js';
import { parseRdf } from '../../src/rdf/parse.js';
import { validateRecord } from '../../src/stages/validate.js';
import { generatedRecord } from './generate.js';
import { fixtureQuads, projectShapes, SHAPE_FIXTURES } from './helpers.js';

const fixture = (path: string): Quad[] => fixtureQuads(join(SHAPE_FIXTURES, path));
const BASE = 'https://w3id.org/lodscribe/';

function turtle(quads: Quad[]): string {
  const writer = new Writer({ format: 'Turtle' });
  writer.addQuads(quads);
  let out = '';
  writer.end((error: Error | null, result: string) => {
    if (error) throw error;
    out = result;
  });
  return out;
}

describe('the deadline', () => {
  it('stops a big record at a tiny deadline with one lod:DeadlineConstraintComponent violation on the record', () => {
    const big = generatedRecord('big', 1000);
    const outcome = validateRecord(big, projectShapes(), { recordId: 'big', deadlineMs: 1 });
    expect(outcome.conforms).toBe(false);
    const deadline = outcome.results.filter((r) => r.constraint === 'DeadlineConstraintComponent');
    expect(deadline).toMatchObject([
      {
        severity: 'Violation',
        focusNode: `${BASE}record/big`,
        component: 'https://w3id.org/lodscribe/ns#DeadlineConstraintComponent',
        shape: 'https://w3id.org/lodscribe/shapes#Deadline',
      },
    ]);
    expect(deadline[0]?.message).toMatch(/1 ms deadline/);
  });

  it('with a deadline of 0 ms checks nothing and reports only the deadline', () => {
    const outcome = validateRecord(fixture('turn/fails-MinCountConstraintComponent-no-sender.ttl'), projectShapes(), { recordId: 'T', deadlineMs: 0 });
    expect(outcome.results.map((r) => r.constraint)).toEqual(['DeadlineConstraintComponent']);
    expect(outcome.results[0]?.message).toMatch(/after 0 focus-node checks/);
  });

  it('lets a generated record of 300 turns conform within the default deadline', () => {
    const outcome = validateRecord(generatedRecord('mid', 300), projectShapes(), { recordId: 'mid' });
    expect(outcome.results).toEqual([]);
    expect(outcome.conforms).toBe(true);
  });
});

describe('the RDF report', () => {
  const failing = fixture('turn/fails-EqualsConstraintComponent-speaker-is-not-sender.ttl');

  it('is a sh:ValidationReport with one sh:result per typed result and no blank nodes', () => {
    const { results, reportQuads } = validateRecord(failing, projectShapes(), { recordId: 'T' });
    const report = namedNode('urn:lodscribe:validation:T');
    expect(reportQuads.some((q) => q.equals(quad(report, rdf.type, sh.ValidationReport)))).toBe(true);
    expect(reportQuads.find((q) => q.predicate.equals(sh.conforms))?.object.value).toBe('false');
    expect(reportQuads.filter((q) => q.predicate.equals(sh.result))).toHaveLength(results.length);
    const terms = reportQuads.flatMap((q) => [q.subject, q.predicate, q.object, q.graph]);
    expect(terms.filter((t) => t.termType === 'BlankNode')).toEqual([]);
  });

  it('copies a sequence path under the result IRI', () => {
    const { reportQuads } = validateRecord(failing, projectShapes(), { recordId: 'T', reportIri: `${BASE}report/T` });
    const path = reportQuads.find((q) => q.predicate.equals(sh.resultPath))?.object;
    expect(path?.value).toBe(`${BASE}report/T/result/1/path/1`);
    const first = reportQuads.find((q) => q.subject.equals(path as Quad['subject']) && q.predicate.equals(rdf.first));
    expect(first?.object.equals(crm.P129_is_about)).toBe(true);
  });

  it('serialises to Turtle and parses back to the same quads', () => {
    const { reportQuads } = validateRecord(failing, projectShapes(), { recordId: 'T' });
    const back = parseRdf(turtle(reportQuads), 'turtle');
    expect(back).toHaveLength(reportQuads.length);
    expect(back.every((q) => reportQuads.some((r) => r.equals(q)))).toBe(true);
  });

  it('is the same, in the same order, on every run', () => {
    const a = validateRecord(failing, projectShapes(), { recordId: 'T' });
    const b = validateRecord([...failing].reverse(), projectShapes(), { recordId: 'T' });
    expect(b.results).toEqual(a.results);
    expect(turtle(b.reportQuads)).toBe(turtle(a.reportQuads));
  });

  it('of a conforming record says sh:conforms true and nothing else', () => {
    const { conforms, reportQuads } = validateRecord(fixture('record/conforms-full-transcript.ttl'), projectShapes(), { recordId: 'R' });
    expect(conforms).toBe(true);
    expect(reportQuads.map((q) => q.predicate.value)).toEqual([rdf.type.value, sh.conforms.value]);
  });
});

describe('source spans', () => {
  it('come from the caller for turns, and from the IRI parent for their parts', () => {
    const spans = new Map([[`${BASE}record/T/turn/2`, { start: 120, end: 180 }]]);
    const { results } = validateRecord(fixture('turn/fails-MinCountConstraintComponent-no-sender.ttl'), projectShapes(), { recordId: 'T', spans });
    expect(results.map((r) => [r.focusNode.slice(BASE.length), r.span])).toEqual([
      ['record/T/turn/2', { start: 120, end: 180 }],
      ['record/T/turn/2/utterance', { start: 120, end: 180 }],
    ]);
  });

  it("come from a mention's TextPositionSelector for the mention, its target and its selectors", () => {
    const { results } = validateRecord(fixture('mention/fails-HasValueConstraintComponent-motivation.ttl'), projectShapes(), { recordId: 'T' });
    expect(results.map((r) => r.span)).toEqual([{ start: 411, end: 417 }]);
  });

  it("come from an entity's first mention (oa:hasBody)", () => {
    const quads = [
      ...fixture('record/conforms-full-transcript.ttl'),
      quad(namedNode(`${BASE}person/joseph-stalin`), rdf.type, crm.E21_Person),
    ];
    const { results } = validateRecord(quads, projectShapes(), { recordId: 'R' });
    const person = results.filter((r) => r.focusNode === `${BASE}person/joseph-stalin`);
    expect(person.length).toBeGreaterThan(0);
    expect(person.map((r) => r.span)).toEqual(person.map(() => ({ start: 411, end: 417 })));
  });
});
