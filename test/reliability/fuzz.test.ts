// Items 1, 6 and 9 by property: 10,000 arbitrary pages through ingest → extract → link → map never throw; every quad is one clean line.
import fc from 'fast-check';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { loadAuthority } from '../../src/extract/authority.js';
import type { Quad, Term } from '../../src/rdf/factory.js';
import { compactJsonLd } from '../../src/rdf/jsonld-writer.js';
import { nQuadLine, toNQuads, toTurtle } from '../../src/rdf/serialize.js';
import { extract } from '../../src/stages/extract.js';
import { ingest } from '../../src/stages/ingest.js';
import { link } from '../../src/stages/link.js';
import { mapRecord, type MappedRecord } from '../../src/stages/map.js';
import { loadShapes, validateRecord } from '../../src/stages/validate.js';
import { assertIri } from '../../src/rdf/iri.js';

const authority = loadAuthority();
const BASE = 'https://w3id.org/lodscribe/';
const encoder = new TextEncoder();
const EVIL = ['> <http://e/p> <http://e/o> .', '"""', '\\', '\u0000', '\u001b[0m', '\ud800', '\udfff', '__proto__', '@context', '\u202e', 'e\u0301', '\r\n', '</script>', '} ; DROP ALL ; {', '%2F', '../'];

/** Pieces a record page is made of, good and bad. */
const piece = fc.oneof(
  fc.constantFrom('January 22, 1950', '3.IV.1949', 'February 30, 1950', 'Record of talks between Stalin and Mao Zedong', 'Stalin:', 'Comrade Stalin: Yes.',
    'Mao Zedong: The treaty [of friendship] must change.', '[a]', '[?]', 'Com[rade]', 'word[1]', '[1]Name', '/Karskii/', '[', ']', 'Present at the meeting were comrs. A, B and C, D.',
    'The meeting took two hours.', 'Source', 'Record ID', 'Type', 'FROM:', 'Dairen', 'Mao Zedong’s', 'O\'Brien', ':', ' '),
  fc.constantFrom(...EVIL),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
);
const page = fc.array(fc.tuple(piece, fc.constantFrom(' ', '\n', '\n', ': ', '\r\n')), { maxLength: 14 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

function pipeline(text: string): MappedRecord {
  const record = ingest({ file: 'fuzz.txt', bytes: encoder.encode(text) });
  const extracted = extract(record, authority);
  return mapRecord(link(record, extracted, authority, new Map()), { base: BASE });
}

const IRI = String.raw`<(?:[^\u0000-\u0020<>"{}|^\x60\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+>`;
const STRING = String.raw`"(?:[^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*"`;
/** One N-Quads statement, nothing before or after it: a line matching this parses as exactly one quad. */
const ONE_QUAD = new RegExp(`^${IRI} ${IRI} (?:${IRI}|${STRING}(?:@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*|\\^\\^${IRI})?)(?: ${IRI})? \\.$`);
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Each quad is one well-formed N-Quads line; its IRIs are valid and NFC, its literals NFC and well-formed. */
function assertClean(quads: readonly Quad[]): void {
  for (const q of quads) {
    const line = nQuadLine(q);
    if (!ONE_QUAD.test(line) || RAW_CONTROL.test(line)) throw new Error(`not one clean N-Quads statement: ${JSON.stringify(line)}`);
    for (const t of [q.subject, q.predicate, q.object, q.graph] as Term[]) {
      if (t.termType === 'NamedNode') assertIri(t.value);
      if ((t.termType === 'NamedNode' || t.termType === 'Literal') && t.value !== t.value.normalize('NFC')) throw new Error(`not NFC: ${JSON.stringify(t.value)}`);
      if (t.termType === 'Literal' && LONE_SURROGATE.test(t.value)) throw new Error(`lone surrogate in ${JSON.stringify(t.value)}`);
    }
  }
}

/** Frees what oxigraph's WebAssembly holds for parsed quads (left to the GC, 10,000 parses slow everything down). */
const release = (quads: readonly unknown[]) => quads.forEach((q) => (q as { free(): void }).free());
const key = (t: Term) => (t.termType === 'Literal' ? `L|${t.value}|${t.language}|${t.datatype.value}` : `${t.termType}|${t.value}`);

/** oxigraph reads the statements back one for one: as many quads as lines, with the same terms. */
function assertReparsed(quads: readonly Quad[]): void {
  const text = toNQuads(quads);
  const back = oxigraph.parse(text, { format: 'application/n-quads' });
  try {
    const mine = text.split('\n').filter(Boolean).length;
    if (back.length !== mine) throw new Error(`${mine} statements read back as ${back.length} quads`);
    const ours = new Set(quads.map((q) => [q.subject, q.predicate, q.object, q.graph].map(key).join(' ')));
    for (const q of back) if (!ours.has([q.subject, q.predicate, q.object, q.graph].map((t) => key(t as Term)).join(' '))) throw new Error(`read back a quad that was not written: ${q.toString()}`);
  } finally {
    release(back);
  }
}

describe('property: arbitrary pages through ingest → extract → link → map', () => {
  it('never throw, and every quad is one clean, NFC, valid statement (10,000 pages; every 20th read back by oxigraph)', () => {
    let n = 0;
    fc.assert(fc.property(page, (text) => {
      const mapped = pipeline(text);
      const quads = [...mapped.quads, ...mapped.entityQuads];
      assertClean(quads);
      if (n++ % 20 === 0) assertReparsed(quads);
    }), { numRuns: 10_000, seed: 424242 });
  }, 240_000);

  it('validate and write them too (200 pages): a report, Turtle, JSON-LD and N-Quads that oxigraph reads back', async () => {
    const shapes = loadShapes();
    const samples = fc.sample(page, { numRuns: 200, seed: 777 });
    for (const text of samples) {
      const mapped = pipeline(text);
      const outcome = validateRecord([...mapped.quads, ...mapped.entityQuads], shapes, { recordId: mapped.recordId, deadlineMs: 5000 });
      assertClean(outcome.reportQuads);
      const read = oxigraph.parse(toTurtle(mapped.quads), { format: 'text/turtle' });
      expect(read.length).toBe(new Set(mapped.quads.map((q) => [q.subject, q.predicate, q.object].map(key).join(' '))).size);
      release(read);
      JSON.parse(await compactJsonLd(mapped.quads));
      assertReparsed(mapped.quads);
    }
  }, 240_000);
});
