// Module boundaries: only src/rdf touches RDF libraries (n3 only via factory.ts); only namespaces.ts spells namespace IRIs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NS } from '../../src/rdf/namespaces.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|mts|js|mjs)$/.test(e.name) ? [relative(root, path).split('\\').join('/')] : [];
  });
}

const IMPORT = /\b(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const RDF_LIBRARY = /^(?:n3|jsonld|oxigraph|rdf-[\w-]+|@rdfjs\/[\w-]+|@comunica\/[\w-]+|@zazuko\/[\w-]+|rdfxml-streaming-parser|sparqljs)$/;

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('module boundaries', () => {
  const files = sources(join(root, 'src'));

  it('finds the sources', () => {
    expect(files).toContain('src/rdf/factory.ts');
  });

  it('keeps RDF libraries inside src/rdf, and n3 / @rdfjs inside factory.ts', () => {
    const offenders = files.flatMap((file) =>
      imports(file)
        .filter((spec) => RDF_LIBRARY.test(spec))
        .filter((spec) => !file.startsWith('src/rdf/') || (/^(?:n3|@rdfjs\/)/.test(spec) && file !== 'src/rdf/factory.ts'))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('spells namespace IRIs only in src/rdf/namespaces.ts', () => {
    const offenders = files
      .filter((file) => file !== 'src/rdf/namespaces.ts')
      .flatMap((file) => {
        const text = readFileSync(join(root, file), 'utf8');
        return Object.entries(NS)
          .filter(([, iri]) => text.includes(iri))
          .map(([prefix]) => `${file} spells the ${prefix}: namespace`);
      });
    expect(offenders).toEqual([]);
  });
});
