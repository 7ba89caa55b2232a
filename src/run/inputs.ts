// The inputs every record's outputs depend on, hashed into the ledger's shared key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_AUTHORITY } from '../extract/authority.js';
import { MAPPING_VERSION } from '../map/record.js';
import type { RunOptions } from '../pipeline.js';
import { DEFAULT_CACHE_FILE, DEFAULT_REVIEW_FILE } from '../stages/wikidata.js';
import type { Shapes } from '../stages/validate.js';
import { VERSION } from '../version.js';
import { codeFingerprint, fileBytesOrNone, hashParts } from './ledger.js';

/** lodscribe's version and code, the mapping version, the base IRI, the authority file, the shapes, the Wikidata cache and review file. */
export function ledgerKey(o: RunOptions, base: string, shapes: Shapes): string {
  const shapeParts = shapes.files.flatMap((f) => [f, readFileSync(join(shapes.dir, f))]);
  return hashParts([
    VERSION, codeFingerprint(), `mapping ${MAPPING_VERSION}`, base, o.online ? 'online' : 'offline',
    readFileSync(o.authority ?? DEFAULT_AUTHORITY), ...shapeParts,
    fileBytesOrNone(o.cache ?? DEFAULT_CACHE_FILE), fileBytesOrNone(o.review ?? DEFAULT_REVIEW_FILE),
  ]);
}
