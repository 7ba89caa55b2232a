// rdf-validate-shacl is imported by src/rdf/shacl.ts alone; the validation code reaches RDF only through src/rdf/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the SHACL adapter boundary', () => {
  it('keeps rdf-validate-shacl inside src/rdf/shacl.ts', () => {
    const importers = sources('src').filter((f) => /from\s+['"]rdf-validate-shacl/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(importers).toEqual([join('src', 'rdf', 'shacl.ts')]);
  });

  it('keeps src/validate and the validate stage off RDF libraries', () => {
    const files = [...sources('src/validate'), 'src/stages/validate.ts', 'src/commands/validate.ts', 'src/render/validation.ts'];
    const offenders = files.filter((f) => /from\s+['"](?:n3|rdf-[\w-]+|@rdfjs\/[\w-]+|clownface)['"]/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
