// SHACL engines: rdf-validate-shacl and shacl-engine report the same results on graphs with injected errors; the fast path agrees.
import { describe, expect, it } from 'vitest';
import { MUTATIONS } from '../../bench/inject.js';
import { rdfValidateShaclLines, resultLines } from '../../bench/shacl.js';
import { Store } from '../../src/rdf/factory.js';
import { ShaclEngineValidator } from '../../src/rdf/shacl-engine.js';
import { loadShapes, validateRecord, validateRecordFast } from '../../src/stages/validate.js';
import { toTurtle } from '../../src/rdf/serialize.js';
import { testGraphs } from '../mapped-graphs.js';

describe('rdf-validate-shacl and shacl-engine', () => {
  const shapes = loadShapes();
  const other = new ShaclEngineValidator(shapes.quads);
  const graphs = testGraphs(2);

  it('report identical results (severity, focus node, path, component, shape, value) on a corpus with injected errors', async () => {
    let found = 0;
    for (const g of graphs) {
      for (const [name, mutate] of [['none', (q: typeof g.quads) => q] as const, ...Object.entries(MUTATIONS)]) {
        const store = new Store([...mutate(g.quads), ...g.entityQuads]);
        const ours = rdfValidateShaclLines(shapes, shapes.engine, store);
        expect(resultLines((await other.run(store)) ?? []), `${g.name}: ${name}`).toEqual(ours);
        found += ours.length;
      }
    }
    expect(found).toBeGreaterThan(100);
  }, 240_000);

  it('validateRecordFast gives the outcome and report of validateRecord', async () => {
    for (const g of graphs.slice(0, 8)) {
      for (const mutate of [(q: typeof g.quads) => q, MUTATIONS['integer offsets']!, MUTATIONS['drop a turn position']!]) {
        const data = [...mutate(g.quads), ...g.entityQuads];
        const slow = validateRecord(data, shapes, { recordId: g.name });
        const fast = await validateRecordFast(data, shapes, { recordId: g.name });
        expect(fast.conforms, g.name).toBe(slow.conforms);
        expect(fast.results, g.name).toEqual(slow.results);
        expect(toTurtle(fast.reportQuads), g.name).toBe(toTurtle(slow.reportQuads));
      }
    }
  }, 240_000);
});
