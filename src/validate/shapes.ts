// Loading the SHACL shapes once: every *.ttl file of a folder (default: the project's shapes/), parsed and compiled.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quad } from '../rdf/factory.js';
import { parseRdf } from '../rdf/parse.js';
import { ShaclEngine } from '../rdf/shacl.js';
import { Graph } from './graph.js';
import { recursionProblem } from './recursion.js';

/** The shapes bundled with lodscribe. */
export const SHAPES_DIR = fileURLToPath(new URL('../../shapes/', import.meta.url));

export interface Shapes {
  readonly dir: string;
  /** The file names read, sorted. */
  readonly files: readonly string[];
  readonly quads: readonly Quad[];
  /** The shapes graph as an index (for property paths in reports). */
  readonly graph: Graph;
  readonly engine: ShaclEngine;
}

/** Thrown when the shapes cannot be read, parsed or compiled: validation cannot go on without them. */
export class ShapesError extends Error {
  override readonly name = 'ShapesError';
}

function readShapeFile(dir: string, file: string): Quad[] {
  try {
    return parseRdf(readFileSync(join(dir, file), 'utf8'), 'turtle');
  } catch (e) {
    throw new ShapesError(`shapes: ${join(dir, file)}: ${(e as Error).message}`);
  }
}

/**
 * Reads and compiles every `*.ttl` file of `dir`; throws ShapesError naming the file and the cause, or recursive shapes.
 * `lazyEngine` builds the SHACL engine on first use instead (worker threads: the main thread has built it from the same
 * folder already, so the shapes are known to compile, and records mostly never need it).
 */
export function loadShapes(dir: string = SHAPES_DIR, options: { lazyEngine?: boolean } = {}): Shapes {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.ttl')).sort();
  } catch (e) {
    throw new ShapesError(`shapes: ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (files.length === 0) throw new ShapesError(`shapes: ${dir}: no *.ttl files`);
  const quads = files.flatMap((f) => readShapeFile(dir, f));
  const graph = new Graph(quads);
  const recursive = recursionProblem(graph);
  if (recursive) throw new ShapesError(`shapes: ${dir}: ${recursive}`);
  const build = (): ShaclEngine => {
    try {
      return new ShaclEngine(quads);
    } catch (e) {
      throw new ShapesError(`shapes: ${dir}: the shapes do not compile: ${(e as Error).message}`);
    }
  };
  let engine = options.lazyEngine ? undefined : build();
  return Object.freeze({ dir, files, quads, graph, get engine() { return (engine ??= build()); } });
}
