// IRIs under the base ↔ local paths and document URLs; the base the output states in void.ttl.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE, NS } from '../../src/rdf/namespaces.js';
import { baseOf } from '../../src/serve/data.js';
import { normalizePath, PathMap, toUriForm } from '../../src/serve/paths.js';

const BASE = 'https://example.org/lod/';

describe('PathMap', () => {
  const map = new PathMap(BASE);
  for (const iri of [`${BASE}person/joseph-stalin`, `${BASE}record/r.1`, `${BASE}record/r`, `${BASE}place/%C3%A9vian`, `${BASE}place/Šiauliai`, `${BASE}record/a%2Fb`]) map.add(iri);
  map.add('https://elsewhere.example/person/x');

  it('maps IRIs under the base to local paths, non-ASCII characters percent-encoded as a request carries them', () => {
    expect(map.localPath(`${BASE}person/joseph-stalin`)).toBe('/person/joseph-stalin');
    expect(map.localPath(`${BASE}place/Šiauliai`)).toBe('/place/%C5%A0iauliai');
    expect(map.localPath('https://elsewhere.example/person/x')).toBeUndefined();
    expect(map.localPath(BASE)).toBeUndefined();
    expect(map.localPath(`${BASE}person/x#frag`)).toBeUndefined();
    expect(map.href('https://elsewhere.example/person/x')).toBe('https://elsewhere.example/person/x');
  });

  it('finds the IRI of a request path after RFC 3986 normalisation', () => {
    expect(map.iriOf('/person/joseph-stalin')).toBe(`${BASE}person/joseph-stalin`);
    expect(map.iriOf('/person/joseph%2Dstalin')).toBe(`${BASE}person/joseph-stalin`);
    expect(map.iriOf('/place/%c5%a0iauliai')).toBe(`${BASE}place/Šiauliai`);
    expect(map.iriOf('/place/%c3%a9vian')).toBe(`${BASE}place/%C3%A9vian`);
    expect(map.iriOf('/record/a%2fb')).toBe(`${BASE}record/a%2Fb`);
    expect(map.iriOf('/record/a/b')).toBeUndefined();
    expect(map.iriOf('/person/x')).toBeUndefined();
  });

  it('names the document of each format and reads it back, an extension first taken as a format', () => {
    expect(map.docPath(`${BASE}person/joseph-stalin`, 'ttl')).toBe('/doc/person/joseph-stalin.ttl');
    expect(map.docPath(`${BASE}person/joseph-stalin`)).toBe('/doc/person/joseph-stalin');
    expect(map.readDocPath('/doc/person/joseph-stalin.jsonld')).toEqual({ iri: `${BASE}person/joseph-stalin`, format: 'jsonld' });
    expect(map.readDocPath('/doc/person/joseph-stalin')).toEqual({ iri: `${BASE}person/joseph-stalin`, format: undefined });
    expect(map.readDocPath('/doc/record/r.1')).toEqual({ iri: `${BASE}record/r.1`, format: undefined });
    expect(map.readDocPath('/doc/record/r.1.nt')).toEqual({ iri: `${BASE}record/r.1`, format: 'nt' });
    expect(map.readDocPath('/doc/person/joseph-stalin.rdf')).toBeUndefined();
    expect(map.readDocPath('/person/joseph-stalin.ttl')).toBeUndefined();
  });

  it('serves slash bases over http(s) only', () => {
    for (const bad of ['https://example.org/lod#', 'https://example.org/lod', 'urn:x:', 'https://example.org/a?b/']) {
      expect(() => new PathMap(bad)).toThrow(RangeError);
    }
  });

  it('normalises paths and writes IRIs in URI form', () => {
    expect(normalizePath('/a%7eb%2F%41%e2%82%ac')).toBe('/a~b%2FA%E2%82%AC');
    expect(toUriForm('place/€ 𝔘')).toBe('place/%E2%82%AC %F0%9D%94%98');
  });
});

describe('baseOf', () => {
  it("reads the dataset's void:uriSpace, ignoring Wikidata's, else the default base", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lodscribe-base-'));
    try {
      expect(baseOf(dir)).toBe(DEFAULT_BASE);
      writeFileSync(join(dir, 'void.ttl'), `@prefix void: <${NS.void}> .
<https://example.org/lod/dataset/wikidata> void:uriSpace "${NS.wd}" .
<https://example.org/lod/dataset> a void:Dataset ; void:uriSpace "${BASE}" ; void:subset <https://example.org/lod/graph/entities> .`);
      expect(baseOf(dir)).toBe(BASE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
