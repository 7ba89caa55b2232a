// Item 9: literals and minted IRIs are NFC; apostrophe and quote variants never split one entity in two.
import { describe, expect, it } from 'vitest';
import { loadAuthority } from '../../src/extract/authority.js';
import { APOSTROPHES } from '../../src/ingest/apostrophes.js';
import type { Quad } from '../../src/rdf/factory.js';
import { rdfs } from '../../src/rdf/namespaces.js';
import { extract } from '../../src/stages/extract.js';
import { ingest } from '../../src/stages/ingest.js';
import { link } from '../../src/stages/link.js';
import { mapRecord } from '../../src/stages/map.js';

const authority = loadAuthority();
const BASE = 'https://w3id.org/lodscribe/';

function mapped(text: string): { quads: Quad[]; entities: Map<string, string> } {
  const record = ingest({ file: 'u.txt', bytes: new TextEncoder().encode(text) });
  const linked = link(record, extract(record, authority), authority, new Map());
  const m = mapRecord(linked, { base: BASE });
  const entities = new Map<string, string>();
  for (const mention of linked.mentions) entities.set(mention.text, mention.entity);
  return { quads: [...m.quads, ...m.entityQuads], entities };
}

const page = (...turns: string[]) => ['January 22, 1950', 'Record of a Conversation between Stalin and Mao Zedong', ...turns, ''].join('\n');
const VARIANTS = [...APOSTROPHES];

describe('apostrophe and quote variants', () => {
  it(`name one authority entity whatever the apostrophe of its possessive (${VARIANTS.join(' ')})`, () => {
    const { entities } = mapped(page(`Stalin: ${VARIANTS.map((a) => `Mao Zedong${a}s view`).join(', ')}.`));
    const keys = [...entities].filter(([text]) => /Mao|Zedong/.test(text)).map(([, key]) => key);
    expect(new Set(keys)).toEqual(new Set(['person/mao-zedong']));
  });

  it('name one record-scoped person whatever the apostrophe inside the name', () => {
    const { entities } = mapped(page(`Stalin: Yes, the plan. ${VARIANTS.map((a) => `Then O${a}Neill spoke`).join('. ')}.`));
    const keys = [...entities].filter(([text]) => /Neill/.test(text)).map(([text, key]) => [text.replace(/[^A-Za-z]/g, ''), key]);
    expect(keys.length).toBeGreaterThanOrEqual(VARIANTS.length - 1);
    expect(new Set(keys.map(([, k]) => k))).toEqual(new Set(['record/u/person/o-neill']));
  });

  it('give one speaker entity for labels spelled with different apostrophes', () => {
    const { quads } = mapped(page('O’Neill: Yes.', "O'Neill: No.", 'Oʼneill: Maybe.', 'Stalin: Good.'));
    const people = new Set(quads.filter((q) => q.subject.value.includes('/person/o')).map((q) => q.subject.value.replace(/\/(?:name|appellation).*$/, '')));
    expect(people).toEqual(new Set([`${BASE}record/u/person/o-neill`]));
  });

  it('never take quotation marks into a name', () => {
    const quotes = ['«Kovalenko»', '“Kovalenko”', '"Kovalenko"', '„Kovalenko“', '‹Kovalenko›'];
    const { entities } = mapped(page(`Stalin: The report. ${quotes.map((q) => `Then ${q} spoke`).join('. ')}.`));
    const found = [...entities].filter(([text]) => text.includes('Kovalenko'));
    expect(found.length).toBeGreaterThan(0);
    for (const [text, key] of found) expect([text, key]).toEqual(['Kovalenko', 'record/u/person/kovalenko']);
  });
});

describe('Unicode normalisation', () => {
  const NAMES = 'Stalin: Ranković, Oelßner and Zhou Enlai met Nguyễn Văn Đồng and Mao Zedong.';
  const nfc = mapped(page(NAMES, 'Ranković: Yes.').normalize('NFC'));
  const nfd = mapped(page(NAMES, 'Ranković: Yes.').normalize('NFD'));

  it('writes every literal and every minted IRI in NFC, also from a page in NFD', () => {
    for (const q of [...nfc.quads, ...nfd.quads]) {
      for (const t of [q.subject, q.predicate, q.object, q.graph]) expect(t.value, t.value).toBe(t.value.normalize('NFC'));
    }
  });

  it('gives the same entities, with the same labels, for the page in NFC and in NFD', () => {
    const labels = (quads: Quad[]) => quads.filter((q) => q.predicate.equals(rdfs.label)).map((q) => `${q.subject.value} ${q.object.value}`).sort();
    expect(labels(nfd.quads)).toEqual(labels(nfc.quads));
    expect(new Set(nfd.entities.values())).toEqual(new Set(nfc.entities.values()));
  });
});
