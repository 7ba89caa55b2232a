// CIDOC-CRM domains and ranges hold for every CRM quad, and every term used exists in its vocabulary.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LinkedRecord } from '../../src/entities.js';
import type { Quad } from '../../src/rdf/factory.js';
import { DEFAULT_BASE, NS, rdf } from '../../src/rdf/namespaces.js';
import { CRM_CLASSES, CRM_PROPERTIES } from '../../src/rdf/vocab/crm.js';
import { LOD_CLASSES, LOD_INDIVIDUALS, LOD_PROPERTIES } from '../../src/rdf/vocab/lod.js';
import { SCHEMA_CLASSES, SCHEMA_PROPERTIES } from '../../src/rdf/vocab/schema.js';
import * as T from '../../src/rdf/vocab/terms.js';
import { mapRecord } from '../../src/stages/map.js';
import { FIXTURES, ROOT, parsePath } from '../helpers.js';
import { seedLinked } from './linked.js';

interface Facts {
  crmClasses: Record<string, string[]>;
  crmProperties: Record<string, { domain: string; range: string }>;
}
const facts = JSON.parse(readFileSync(`${ROOT}test/fixtures/vocab/crm-facts.json`, 'utf8')) as Facts;

const local = (iri: string, ns: string): string | undefined => (iri.startsWith(ns) ? iri.slice(ns.length) : undefined);

/** Each subject's CRM classes, closed under rdfs:subClassOf. */
function crmTypes(quads: readonly Quad[]): Map<string, Set<string>> {
  const types = new Map<string, Set<string>>();
  for (const q of quads) {
    const cls = q.predicate.equals(rdf.type) ? local(q.object.value, NS.crm) : undefined;
    if (cls === undefined) continue;
    const set = types.get(q.subject.value) ?? new Set<string>();
    for (const c of [cls, ...(facts.crmClasses[cls] ?? [])]) set.add(c);
    types.set(q.subject.value, set);
  }
  return types;
}

/** Every violation of a CRM property's domain or range, as a readable line. */
function violations(quads: readonly Quad[]): string[] {
  const types = crmTypes(quads);
  const problems: string[] = [];
  for (const q of quads) {
    const p = local(q.predicate.value, NS.crm);
    if (p === undefined) continue;
    const fact = facts.crmProperties[p];
    if (!fact) {
      problems.push(`${p} is not a CRM property`);
      continue;
    }
    if (!types.get(q.subject.value)?.has(fact.domain)) problems.push(`${q.subject.value} ${p}: subject is not ${fact.domain}`);
    const rangeOk = fact.range === 'rdfs:Literal' ? q.object.termType === 'Literal' : types.get(q.object.value)?.has(fact.range) === true;
    if (!rangeOk) problems.push(`${p} ${q.object.value}: object is not ${fact.range}`);
  }
  return problems;
}

const KNOWN_PREDICATES: readonly [string, readonly string[]][] = [
  [NS.crm, CRM_PROPERTIES], [NS.schema, SCHEMA_PROPERTIES], [NS.lod, LOD_PROPERTIES], [NS.rdf, T.RDF_TERMS],
  [NS.rdfs, T.RDFS_TERMS], [NS.oa, T.OA_TERMS], [NS.dcterms, T.DCTERMS_TERMS], [NS.la, T.LA_TERMS],
];
const KNOWN_CLASSES: readonly [string, readonly string[]][] = [
  [NS.crm, CRM_CLASSES], [NS.schema, SCHEMA_CLASSES], [NS.lod, LOD_CLASSES], [NS.oa, T.OA_TERMS],
];

function unknownTerms(quads: readonly Quad[]): string[] {
  const known = (iri: string, table: readonly [string, readonly string[]][]): boolean =>
    table.some(([ns, names]) => local(iri, ns) !== undefined && names.includes(local(iri, ns) ?? ''));
  const problems = quads.filter((q) => !known(q.predicate.value, KNOWN_PREDICATES)).map((q) => `predicate ${q.predicate.value}`);
  for (const q of quads.filter((x) => x.predicate.equals(rdf.type))) {
    if (!known(q.object.value, KNOWN_CLASSES)) problems.push(`class ${q.object.value}`);
  }
  const lodIris = quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NS.lod));
  for (const t of lodIris) {
    const name = local(t.value, NS.lod) ?? '';
    if (![...LOD_CLASSES, ...LOD_INDIVIDUALS, ...LOD_PROPERTIES].includes(name as never)) problems.push(`lod term ${t.value}`);
  }
  return [...new Set(problems)];
}

function bare(file: string): LinkedRecord {
  return { record: parsePath(file), mentions: [], entities: new Map(), findings: [] };
}

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const cases: [string, LinkedRecord][] = [['the example with mentions', seedLinked()], ...fixtures.map((f): [string, LinkedRecord] => [f, bare(FIXTURES + f)])];

describe('CIDOC-CRM domains and ranges', () => {
  it('finds fixture pages to map', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases)('hold for every CRM quad of %s', (_, linked) => {
    const out = mapRecord(linked, { base: DEFAULT_BASE });
    const quads = [...out.quads, ...out.entityQuads];
    expect(quads.some((q) => q.predicate.value.startsWith(NS.crm))).toBe(true);
    expect(violations(quads)).toEqual([]);
  });

  it.each(cases)('uses only existing CRM, Schema.org, lodscribe and Web Annotation terms in %s', (_, linked) => {
    const out = mapRecord(linked, { base: 'https://example.org/' });
    expect(unknownTerms([...out.quads, ...out.entityQuads])).toEqual([]);
  });

  it('catches a violation (the check is not vacuous)', () => {
    const out = mapRecord(seedLinked(), { base: 'https://example.org/' });
    const withoutTypes = out.quads.filter((q) => !(q.predicate.equals(rdf.type) && q.object.value.endsWith('E52_Time-Span')));
    expect(violations(withoutTypes).some((v) => v.includes('E52_Time-Span'))).toBe(true);
  });
});
