// Test helpers for publishing: hand-made datasets with tricky literals, written as dataset.nq in a temporary folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { literal, namedNode, quad, type Quad } from '../../src/rdf/factory.js';
import { toNQuads } from '../../src/rdf/serialize.js';
import { tempDir } from '../temp-dir.js';

export const BASE = 'https://w3id.org/lodscribe/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const ex = (s: string) => namedNode(`${BASE}${s}`);

/** The graph IRI of record `id`. */
export const recordGraph = (id: string): string => `${BASE}graph/record/${id}`;

/** `n` triples for record `id` in `version`, with quotes, newlines, tabs, language tags, Unicode and typed values. */
export function recordQuads(id: string, n: number, version = 1): Quad[] {
  const g = namedNode(recordGraph(id));
  const s = ex(`record/${id}`);
  const fixed: Quad[] = [
    quad(s, ex('ns#title'), literal(`Talks "${id}" v${version}\nsecond line\tand a tab \\ backslash`, 'en-GB'), g),
    quad(s, ex('ns#date'), literal('1950-01-22', namedNode(`${XSD}date`)), g),
    quad(s, ex('ns#duration'), literal('PT2H', namedNode(`${XSD}duration`)), g),
    quad(s, ex('ns#count'), literal(String(version), namedNode(`${XSD}integer`)), g),
    quad(s, ex('ns#name'), literal('毛泽东 — Мао Цзэдун 😀', 'zh'), g),
  ];
  const turns = Array.from({ length: Math.max(0, n - fixed.length) }, (_, i) =>
    quad(ex(`record/${id}/turn/${i + 1}`), ex('ns#text'), literal(`Turn ${i + 1} of ${id}, v${version}: "quoted" {braces} } ; DROP ALL #`, 'en'), g));
  return [...fixed, ...turns];
}

/** A temporary output folder whose dataset.nq holds `quads`; removed after the test that made it (see tempDir). */
export function datasetDir(quads: Quad[]): string {
  const dir = tempDir('lodscribe-publish-');
  writeFileSync(join(dir, 'dataset.nq'), toNQuads(quads));
  return dir;
}

/** Rewrites the dataset.nq of `dir`. */
export function rewrite(dir: string, quads: Quad[]): void {
  writeFileSync(join(dir, 'dataset.nq'), toNQuads(quads));
}

export const noSleep = async (): Promise<void> => undefined;
