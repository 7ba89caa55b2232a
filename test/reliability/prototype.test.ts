// Item 10: hostile JSON never reaches Object.prototype; the guard that checks it after every file sees pollution when there is some.
import { describe, expect, it } from 'vitest';
import { jsonLdToQuads, toCompactJsonLd } from '../../src/rdf/jsonld.js';
import { readSidecar } from '../../src/ingest/sidecar.js';
import { literal, namedNode, quad } from '../../src/rdf/factory.js';
import { pollutedKeys } from '../setup/pollution.js';

const HOSTILE = [
  { '@id': '__proto__', 'http://ex.org/p': 'x' },
  { '@context': { '@vocab': 'http://ex.org/' }, '@id': 'http://ex.org/a', __proto__: { polluted: true } },
  { '@context': { __proto__: 'http://ex.org/' }, '@id': 'http://ex.org/a' },
  { '@id': 'http://ex.org/a', '@type': 'constructor' },
  { '@graph': [{ '@id': 'prototype' }, { '@id': '__proto__', 'http://ex.org/p': { '@id': 'constructor' } }] },
];

describe('Object.prototype stays clean', () => {
  it('is clean now (the guard sees nothing when there is nothing)', () => {
    expect(pollutedKeys()).toEqual([]);
  });

  it('the guard sees a polluting key, on Object.prototype and through for…in', () => {
    (Object.prototype as Record<string, unknown>)['pollutedByTest'] = 1;
    try {
      expect(pollutedKeys()).toEqual(['Object.prototype[pollutedByTest]', 'for…in {} sees pollutedByTest']);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['pollutedByTest'];
    }
    expect(pollutedKeys()).toEqual([]);
  });

  it.each(HOSTILE.map((doc) => [JSON.stringify(doc), doc] as const))('JSON-LD %s is refused or harmless', async (text) => {
    await jsonLdToQuads(text).catch(() => undefined);
    expect(pollutedKeys()).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('sidecars with __proto__ and constructor keys, and IRIs and texts named so, leave it clean', async () => {
    readSidecar('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    readSidecar('{"title": "__proto__", "__proto__": "x"}');
    const s = namedNode('http://ex.org/__proto__');
    await toCompactJsonLd([quad(s, namedNode('http://ex.org/constructor'), literal('__proto__')), quad(s, namedNode('http://ex.org/prototype'), namedNode('http://ex.org/__proto__'))]);
    expect(pollutedKeys()).toEqual([]);
  });
});
