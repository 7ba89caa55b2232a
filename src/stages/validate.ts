// Validate stage: one record's quads → SHACL report (typed results and RDF), with the JS checks and a deadline.
import { encodeIriComponent } from '../rdf/iri.js';
import { namedNode, type Quad, type Term } from '../rdf/factory.js';
import { crm } from '../rdf/namespaces.js';
import { calendarFindings } from '../validate/calendar.js';
import { customFound } from '../validate/custom.js';
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
