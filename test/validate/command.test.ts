// `lodscribe validate` as a library call: files and folders of any RDF syntax, exit codes, one line per problem.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';
import { exitCode } from '../../src/exit.js';
import { Writer, type Quad } from '../../src/rdf/factory.js';
import { tempDir } from '../temp-dir.js';
import { fixtureQuads, SHAPE_FIXTURES } from './helpers.js';

const CONFORMS = join(SHAPE_FIXTURES, 'record/conforms-full-transcript.ttl');
const FAILS = join(SHAPE_FIXTURES, 'record/fails-MinCountConstraintComponent-no-identifier.ttl');

function serialise(quads: Quad[], format: string): string {
  const writer = new Writer({ format });
  writer.addQuads(quads);
  let out = '';
  writer.end((error: Error | null, result: string) => {
    if (error) throw error;
    out = result;
  });
  return out;
}

function folder(): string {
  return tempDir('lodscribe-validate-');
}

describe('validateCommand', () => {
  it('says a conforming file conforms and exits 0', () => {
    const { stdout, stderr, outcome } = validateCommand([CONFORMS]);
    expect(stdout).toBe(`${CONFORMS}: validate: conforms\n1 file(s) validated, 0 violation(s), 0 failed.`);
    expect(stderr).toBe('');
    expect(exitCode(outcome)).toBe(0);
  });

  it('prints one line per violation naming the file, the constraint and the node, and exits 1', () => {
    const { stdout, outcome } = validateCommand([FAILS]);
    expect(stdout.split('\n')).toEqual([
      `${FAILS}: validate: violation MinCountConstraintComponent <record/A> schema:identifier: Less than 1 values (lodsh:Record-identifier)`,
      '1 file(s) validated, 1 violation(s), 0 failed.',
    ]);
    expect(outcome).toEqual({ kind: 'done', failedRecords: 0, violations: 1 });
    expect(exitCode(outcome)).toBe(1);
  });

  it('reads N-Triples, N-Quads and TriG, and walks folders for RDF files only', () => {
    const dir = folder();
    const quads = fixtureQuads(CONFORMS);
    writeFileSync(join(dir, 'a.nt'), serialise(quads, 'N-Triples'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.nq'), serialise(quads, 'N-Quads'));
    writeFileSync(join(dir, 'sub', 'c.trig'), serialise(quads, 'TriG'));
    writeFileSync(join(dir, 'notes.txt'), 'not RDF');
    const { stdout, outcome } = validateCommand([dir]);
    expect(stdout.split('\n').filter((l) => l.endsWith(': validate: conforms'))).toHaveLength(3);
    expect(stdout).toMatch(/3 file\(s\) validated, 0 violation\(s\), 0 failed\.$/);
    expect(exitCode(outcome)).toBe(0);
  });

  it('reports a missing file, a syntax error and an unknown format on stderr, and goes on with the others', () => {
    const dir = folder();
    writeFileSync(join(dir, 'broken.ttl'), '<a> <b> .');
    copyFileSync(CONFORMS, join(dir, 'record.jsonld'));
    const { stdout, stderr, outcome } = validateCommand(['no/such/file.ttl', join(dir, 'broken.ttl'), join(dir, 'record.jsonld'), CONFORMS]);
    const lines = stderr.split('\n');
    expect(lines[0]).toBe('no/such/file.ttl: read: error read-failed: the file could not be read: no such file or folder');
    expect(lines[1]).toMatch(/broken\.ttl: validate: error rdf-syntax: .*line 1/);
    expect(lines[2]).toMatch(/record\.jsonld: validate: error unknown-format: /);
    expect(stdout).toMatch(/1 file\(s\) validated, 0 violation\(s\), 3 failed\.$/);
    expect(exitCode(outcome)).toBe(1);
  });

  it('is a usage error without files, and when the shapes cannot be read (not a crash)', () => {
    expect(exitCode(validateCommand([]).outcome)).toBe(2);
    const crashed = validateCommand([CONFORMS], { shapesDir: join(tmpdir(), 'no-such-lodscribe-shapes') });
    expect(exitCode(crashed.outcome)).toBe(2);
    expect(crashed.stderr).toMatch(/^lodscribe: shapes: /);
  });
});
