// Validate stage: one record's quads → SHACL report (typed results and RDF), with the JS checks and a deadline.
import { encodeIriComponent } from '../rdf/iri.js';
import { QuadIndex } from '../rdf/quad-index.js';
import { ShaclEngineValidator } from '../rdf/shacl-engine.js';
import { namedNode, type Quad, type Term } from '../rdf/factory.js';
import { crm } from '../rdf/namespaces.js';
import { calendarFindings } from '../validate/calendar.js';
import { customFound } from '../validate/custom.js';
import { compileShapes, type CompiledShapes } from '../validate/compiled.js';
import { Graph } from '../validate/graph.js';
import { explain } from '../validate/messages.js';
import { positionFindings } from '../validate/positions.js';
import { entries, reportQuads } from '../validate/report.js';
import type { Shapes } from '../validate/shapes.js';
import { spanResolver } from '../validate/spans.js';
import { DEFAULT_DEADLINE_MS, type Found, type ValidationOptions, type ValidationOutcome } from '../validate/types.js';

export { loadShapes, SHAPES_DIR, ShapesError, type Shapes } from '../validate/shapes.js';
export type { ResultSeverity, ValidationOptions, ValidationOutcome, ValidationResult } from '../validate/types.js';

/** The record node (the first E31 Document), else the report itself, as the focus of record-wide results. */
function recordNode(graph: Graph, reportIri: string): Term {
  return graph.instances(crm.E31_Document)[0] ?? namedNode(reportIri);
}

/**
 * Validates one record's quads (its graph, and the entities graph if given) against the shapes, then runs the JS
 * checks SHACL Core cannot state (positions 1..n, real calendar dates). The deadline is checked before each focus
 * node of the SHACL run (a single node's check is never interrupted) and before the JS checks; when it passes, the
 * results found so far are kept and one `lod:DeadlineConstraintComponent` violation on the record is added.
 */
export function validateRecord(quads: Iterable<Quad>, shapes: Shapes, options: ValidationOptions): ValidationOutcome {
  const started = performance.now();
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const expired = (): boolean => performance.now() - started >= deadlineMs;
  const reportIri = options.reportIri ?? `urn:lodscribe:validation:${encodeIriComponent(options.recordId)}`;
  const data = [...quads];
  const graph = new Graph(data);
  const run = shapes.engine.run(graph.store, expired);
  const found: Found[] = run.results.map((f) => explain(f, shapes.graph, graph));
  const stopped = run.stopped || expired();
  if (stopped) {
    const message = `validation stopped at its ${deadlineMs} ms deadline after ${run.checks} focus-node checks; later results are unknown`;
    found.push(customFound('Deadline', recordNode(graph, reportIri), message));
  } else {
    found.push(...positionFindings(graph), ...calendarFindings(data));
  }
  const list = entries(found, shapes.graph, spanResolver(graph, options.spans));
  return {
    conforms: list.length === 0,
    results: list.map((e) => e.result),
    reportQuads: reportQuads(reportIri, list, shapes.graph),
  };
}

const fastEngines = new WeakMap<Shapes, ShaclEngineValidator>();
const compiledShapes = new WeakMap<Shapes, CompiledShapes | null>();

/** The shapes compiled to fast checks, or null when they use something the compiled checks do not do. */
function compiledFor(shapes: Shapes): CompiledShapes | null {
  let compiled = compiledShapes.get(shapes);
  if (compiled === undefined) compiledShapes.set(shapes, (compiled = compileShapes(shapes.quads) ?? null));
  return compiled;
}
/** Above this many quads the fast path is skipped: rdf-validate-shacl can stop between focus nodes, shacl-engine only between shapes. */
const FAST_PATH_MAX_QUADS = 50_000;

/**
 * The same outcome as `validateRecord`, sooner for records that conform: the compiled checks (validate/compiled.ts,
 * which answer only "conforms" or "unsure") check first, then shacl-engine (2–3× faster than rdf-validate-shacl, the
 * same results on our shapes: test/validate/engines.test.ts); when it finds nothing and the JS checks find nothing either,
 * the record conforms and its (empty) report is written at once. Anything found, the deadline passed, or a very large
 * record: `validateRecord` runs as before, so every report with results is rdf-validate-shacl's, word for word.
 */
export async function validateRecordFast(quads: Iterable<Quad>, shapes: Shapes, options: ValidationOptions): Promise<ValidationOutcome> {
  const started = performance.now();
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const data = [...quads];
  const remaining = () => ({ ...options, deadlineMs: Math.max(1, deadlineMs - (performance.now() - started)) });
  if (data.length > FAST_PATH_MAX_QUADS) return validateRecord(data, shapes, options);
  const index = new QuadIndex(data);
  const graph = new Graph(data, index);
  const expired = (): boolean => performance.now() - started >= deadlineMs;
  // The compiled checks run to the end (they are linear in the record); past the deadline the record is reported as stopped.
  if (compiledFor(shapes)?.conforms(data) !== true || expired()) {
    let engine = fastEngines.get(shapes);
    if (!engine) fastEngines.set(shapes, (engine = new ShaclEngineValidator(shapes.quads)));
    const results = await engine.run(index, expired);
    if (results === null || results.length > 0) return validateRecord(data, shapes, remaining());
  }
  if (positionFindings(graph).length > 0 || calendarFindings(data).length > 0) return validateRecord(data, shapes, remaining());
  const reportIri = options.reportIri ?? `urn:lodscribe:validation:${encodeIriComponent(options.recordId)}`;
  return { conforms: true, results: [], reportQuads: reportQuads(reportIri, [], shapes.graph) };
}
