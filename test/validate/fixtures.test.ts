// Table-driven: every shape fixture gives exactly the constraint components its name promises (none for conforms-*).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatValidation } from '../../src/render/validation.js';
import { validateRecord } from '../../src/stages/validate.js';
import { expectedComponents, fixtureQuads, projectShapes, SHAPE_FIXTURES } from './helpers.js';

const dirs = readdirSync(SHAPE_FIXTURES).filter((d) => !d.startsWith('_')).sort();
const fixtures = dirs.flatMap((dir) =>
  readdirSync(join(SHAPE_FIXTURES, dir)).filter((f) => f.endsWith('.ttl')).sort().map((file) => ({ dir, file })),
);

describe('shape fixtures', () => {
  it.each(fixtures)('$dir/$file', ({ dir, file }) => {
    const outcome = validateRecord(fixtureQuads(join(SHAPE_FIXTURES, dir, file)), projectShapes(), { recordId: file });
    const components = [...new Set(outcome.results.map((r) => r.constraint))].sort();
    expect(components, formatValidation(`${dir}/${file}`, outcome.results)).toEqual(expectedComponents(file));
    expect(outcome.conforms).toBe(components.length === 0);
  });
});
