// Record graphs for the writer and validator tests: the example, the fixtures and a few generated bench records, mapped in process.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus.js';
import { AUTHORITY_FILE } from '../bench/authority.js';
import { loadAuthority } from '../src/extract/authority.js';
import { parseFile } from '../src/pipeline.js';
import type { Quad } from '../src/rdf/factory.js';
import { extract } from '../src/stages/extract.js';
import { link } from '../src/stages/link.js';
import { mapRecord } from '../src/stages/map.js';
import { FIXTURES, SEED } from './helpers.js';
import { tempDir } from './temp-dir.js';

export interface MappedGraph { name: string; quads: readonly Quad[]; entityQuads: readonly Quad[] }

/** Each record file mapped with the given authority: its graph and its shared-entity quads. */
export function mapFiles(files: string[], authorityFile?: string): MappedGraph[] {
  const authority = loadAuthority(authorityFile);
  return files.map((file) => {
    const record = parseFile(file)!;
    const mapped = mapRecord(link(record, extract(record, authority), authority, new Map()), { base: 'https://w3id.org/lodscribe/' });
    return { name: file.split('/').pop()!, quads: mapped.quads, entityQuads: mapped.entityQuads };
  });
}

/** The example, every fixture, and `generated` bench records (with the bench authority). */
export function testGraphs(generated = 8): MappedGraph[] {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, f));
  const dir = join(tempDir('lodscribe-graphs-'), 'corpus');
  generateCorpus(dir, generated, 7);
  const bench = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  return [...mapFiles([SEED, ...fixtures]), ...mapFiles(bench, AUTHORITY_FILE)];
}
