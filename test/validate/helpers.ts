// Shared helpers of the validation tests: the shapes (loaded once), fixture graphs with their optional context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from '../../src/rdf/factory.js';
import { parseRdf } from '../../src/rdf/parse.js';
import { loadShapes, type Shapes } from '../../src/stages/validate.js';
import { ROOT } from '../helpers.js';

export const SHAPE_FIXTURES = join(ROOT, 'test/fixtures/shapes');

let shapes: Shapes | undefined;

/** The project's shapes, compiled once for all tests of a file. */
export function projectShapes(): Shapes {
  shapes ??= loadShapes();
  return shapes;
}

/** A fixture's quads; a first line `# context: <name>.ttl` adds `_context/<name>.ttl` (a conforming neighbourhood). */
export function fixtureQuads(path: string): Quad[] {
  const text = readFileSync(path, 'utf8');
  const quads = parseRdf(text, 'turtle');
  const context = /^# context: (\S+\.ttl)/m.exec(text)?.[1];
  if (context === undefined) return quads;
  return [...parseRdf(readFileSync(join(SHAPE_FIXTURES, '_context', context), 'utf8'), 'turtle'), ...quads];
}

/**
 * `fails-MinCountConstraintComponent-no-sender.ttl` → `[MinCountConstraintComponent]`; components joined by `+`
 * when one fault breaks several constraints at once; `conforms-*.ttl` → none.
 */
export function expectedComponents(file: string): string[] {
  if (file.startsWith('conforms-')) return [];
  const m = /^fails-([A-Za-z]+ConstraintComponent(?:\+[A-Za-z]+ConstraintComponent)*)-[\w.-]+\.ttl$/.exec(file);
  if (!m?.[1]) throw new Error(`fixture ${file}: expected conforms-*.ttl or fails-<Component>[+<Component>…]-*.ttl`);
  return m[1].split('+').sort();
}
