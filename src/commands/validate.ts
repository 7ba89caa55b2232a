// `lodscribe validate`: RDF files (Turtle, TriG, N-Triples, N-Quads) or folders of them → one line per SHACL result.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Outcome } from '../exit.js';
import { finding, formatFinding } from '../findings.js';
import type { Quad } from '../rdf/factory.js';
import { parseRdf, rdfFormatOf } from '../rdf/parse.js';
import { formatValidation } from '../render/validation.js';
import { loadShapes, validateRecord, type Shapes } from '../stages/validate.js';
import { knownFailure } from './failure.js';
import type { Rendered } from './parse.js';

export interface ValidateCommandOptions {
  /** A folder of SHACL shapes in Turtle instead of the bundled shapes/. */
  shapesDir?: string;
  /** Per-file deadline in milliseconds (default 10 000). */
  deadlineMs?: number;
}

interface Tally { lines: string[]; errors: string[]; files: number; violations: number; failed: number }

/** The RDF files named or found below the named folders (sorted, hidden folders skipped); missing paths are errors. */
function rdfFiles(inputs: string[], tally: Tally): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : rdfFormatOf(e.name) ? [join(dir, e.name)] : []));
  return inputs.flatMap((input) => {
    if (!existsSync(input)) {
      tally.errors.push(formatFinding(finding('read-failed', 'read', input, { reason: 'no such file or folder' })));
      tally.failed++;
      return [];
    }
    return statSync(input).isDirectory() ? walk(input) : [input];
  });
}

/** The quads of one file, or undefined after recording why it cannot be read as RDF. */
function readQuads(file: string, tally: Tally): Quad[] | undefined {
  const format = rdfFormatOf(file);
  const fail = (code: string, reason: string): undefined => {
    tally.errors.push(`${file}: validate: error ${code}: ${reason}`);
    tally.failed++;
    return undefined;
  };
  if (!format) return fail('unknown-format', 'not an RDF file (expected .ttl, .trig, .nt or .nq)');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return fail('read-failed', `the file could not be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseRdf(text, format);
  } catch (e) {
    return fail('rdf-syntax', (e as Error).message);
  }
}

function validateFile(file: string, shapes: Shapes, options: ValidateCommandOptions, tally: Tally): void {
  const quads = readQuads(file, tally);
  if (!quads) return;
  const deadline = options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs };
  const { results } = validateRecord(quads, shapes, { recordId: file, ...deadline });
  tally.files++;
  tally.violations += results.filter((r) => r.severity === 'Violation').length;
  tally.lines.push(formatValidation(file, results));
}

/** Validates every file against the shapes; violations give exit code 1, unreadable files count as failed. */
export function validateCommand(files: string[], options: ValidateCommandOptions = {}): Rendered {
  if (files.length === 0) {
    const message = 'validate needs at least one RDF file or folder (.ttl, .trig, .nt, .nq)';
    return { stdout: '', stderr: `lodscribe: ${message}`, outcome: { kind: 'usage', message } };
  }
  let shapes: Shapes;
  try {
    shapes = loadShapes(options.shapesDir);
  } catch (error) {
    const known = knownFailure(error, 'validate');
    if (known) return known;
    return { stdout: '', stderr: `lodscribe: ${(error as Error).message}`, outcome: { kind: 'crash', error } };
  }
  const tally: Tally = { lines: [], errors: [], files: 0, violations: 0, failed: 0 };
  for (const file of rdfFiles(files, tally)) validateFile(file, shapes, options, tally);
  tally.lines.push(`${tally.files} file(s) validated, ${tally.violations} violation(s), ${tally.failed} failed.`);
  const outcome: Outcome = { kind: 'done', failedRecords: tally.failed, violations: tally.violations };
  return { stdout: tally.lines.join('\n'), stderr: tally.errors.join('\n'), outcome };
}
