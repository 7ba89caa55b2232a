// The shapes themselves: one commented file per kind with fixtures, named shapes, no recursion, only known terms.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/rdf/factory.js';
import { NS, sh } from '../../src/rdf/namespaces.js';
import { parseRdf } from '../../src/rdf/parse.js';
import { CRM_CLASSES, CRM_PROPERTIES } from '../../src/rdf/vocab/crm.js';
import { SCHEMA_CLASSES, SCHEMA_ENUMERATION_MEMBERS, SCHEMA_PROPERTIES } from '../../src/rdf/vocab/schema.js';
import { OA_TERMS, RDF_TERMS, RDFS_TERMS, SH_TERMS, XSD_TERMS } from '../../src/rdf/vocab/terms.js';
import { loadShapes, SHAPES_DIR, ShapesError } from '../../src/stages/validate.js';
import { listItems } from '../../src/validate/paths.js';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp-dir.js';
import { projectShapes, SHAPE_FIXTURES } from './helpers.js';

const files = readdirSync(SHAPES_DIR).filter((f) => f.endsWith('.ttl')).sort();
const FIXTURE_DIRS: Record<string, string[]> = { 'checks.ttl': ['positions', 'calendar'] };

describe('the shape files', () => {
  it('are the kinds of resource of MAPPING.md, each opening with a one-line comment', () => {
    expect(files).toEqual(expect.arrayContaining(['record.ttl', 'talks.ttl', 'creation.ttl', 'turn.ttl', 'narration.ttl',
      'editorial.ttl', 'entity.ttl', 'appellation.ttl', 'mention.ttl', 'timespan.ttl', 'summary.ttl', 'checks.ttl']));
    for (const f of files) expect(readFileSync(join(SHAPES_DIR, f), 'utf8'), f).toMatch(/^# \S.*\n@prefix /);
  });

  it.each(files)('%s has fixtures that conform and fixtures that fail', (file) => {
    for (const dir of FIXTURE_DIRS[file] ?? [file.replace(/\.ttl$/, '')]) {
      const names = readdirSync(join(SHAPE_FIXTURES, dir));
      expect(names.some((n) => n.startsWith('conforms-')), dir).toBe(true);
      expect(names.some((n) => n.startsWith('fails-')), dir).toBe(true);
    }
  });
});

describe('the shapes graph', () => {
  const { graph, quads } = projectShapes();
  const shapeNodes = [...new Set(quads.filter((q) => q.predicate.equals(sh.targetClass)).map((q) => q.subject.value))];

  it('names every targeted shape and every property shape a named shape points to (lodsh:)', () => {
    expect(shapeNodes.every((s) => s.startsWith(NS.lodsh))).toBe(true);
    const properties = quads.filter((q) => q.predicate.equals(sh.property) && q.subject.termType === 'NamedNode');
    expect(properties.filter((q) => !q.object.value.startsWith(NS.lodsh)).map((q) => q.subject.value)).toEqual([]);
  });

  it('has no recursion: shapes refer to shapes without a cycle', () => {
    const refs = (s: Term): Term[] => [
      ...[sh.node, sh.property, sh.not, sh.qualifiedValueShape].flatMap((p) => graph.objects(s, p)),
      ...[sh.or, sh.and, sh.xone].flatMap((p) => graph.objects(s, p).flatMap((l) => listItems(graph, l))),
    ];
    const cyclic = (s: Term, path: string[]): boolean =>
      path.includes(s.value) || refs(s).some((r) => cyclic(r, [...path, s.value]));
    expect(shapeNodes.filter((s) => cyclic(quads.find((q) => q.subject.value === s)!.subject, []))).toEqual([]);
  });

  it('uses only terms the project knows (CRM 7.1, Schema.org, W3C vocabularies, lodscribe.ttl)', () => {
    const ontology = parseRdf(readFileSync(join(ROOT, 'ontology/lodscribe.ttl'), 'utf8'), 'turtle');
    const known = new Set([
      ...[...CRM_CLASSES, ...CRM_PROPERTIES].map((t) => NS.crm + t),
      ...[...SCHEMA_CLASSES, ...SCHEMA_PROPERTIES, ...SCHEMA_ENUMERATION_MEMBERS].map((t) => NS.schema + t),
      ...OA_TERMS.map((t) => NS.oa + t), ...SH_TERMS.map((t) => NS.sh + t), ...XSD_TERMS.map((t) => NS.xsd + t),
      ...RDF_TERMS.map((t) => NS.rdf + t), ...RDFS_TERMS.map((t) => NS.rdfs + t),
      ...ontology.map((q) => q.subject.value), ...quads.map((q) => q.subject.value),
    ]);
    const checked = [NS.crm, NS.schema, NS.oa, NS.xsd, NS.rdf, NS.rdfs, NS.lod];
    const used = quads.flatMap((q) => [q.predicate, q.object]).filter((t) => t.termType === 'NamedNode').map((t) => t.value);
    const unknown = [...new Set(used)].filter((iri) => checked.some((ns) => iri.startsWith(ns)) && !known.has(iri));
    expect(unknown.filter((iri) => !iri.endsWith('ConstraintComponent'))).toEqual([]);
  });
});

describe('loadShapes', () => {
  const dir = (files: Record<string, string>): string => {
    const d = tempDir('lodscribe-shapes-');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
    return d;
  };
  const prefix = '@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n';

  it('reads every .ttl file of the bundled shapes folder', () => {
    expect(loadShapes().files).toEqual(files);
  });

  it('fails with a ShapesError naming a folder that does not exist', () => {
    expect(() => loadShapes(join(tmpdir(), 'no-such-lodscribe-shapes'))).toThrow(ShapesError);
  });

  it('fails with a ShapesError naming the file that is not Turtle', () => {
    const d = dir({ 'a.ttl': `${prefix}ex:S a sh:NodeShape .`, 'b.ttl': 'this is not turtle' });
    expect(() => loadShapes(d)).toThrow(/b\.ttl/);
  });

  it('fails at load time, not at validation time, on a constraint the engine cannot run (SHACL-SPARQL)', () => {
    const d = dir({ 's.ttl': `${prefix}ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ sh:select "SELECT $this WHERE {}" ] .` });
    expect(() => loadShapes(d)).toThrow(/do not compile/);
  });

  it('with a lazy engine (worker threads), builds it on first use and fails then with the same error', () => {
    const d = dir({ 's.ttl': `${prefix}ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:sparql [ sh:select "SELECT $this WHERE {}" ] .` });
    const shapes = loadShapes(d, { lazyEngine: true });
    expect(shapes.files).toEqual(['s.ttl']);
    expect(() => shapes.engine).toThrow(/do not compile/);
    const good = loadShapes(undefined, { lazyEngine: true });
    expect(good.engine).toBe(good.engine);
  });
});
