// The typed validation result, options and outcome shared by the validate stage, its JS checks and the renderers.
import type { Span } from '../findings.js';
import type { Quad } from '../rdf/factory.js';
import type { ShaclResult } from '../rdf/shacl.js';

export type ResultSeverity = 'Violation' | 'Warning' | 'Info';

/** One SHACL validation result as plain data (the same facts as its sh:ValidationResult node in the report). */
export interface ValidationResult {
  severity: ResultSeverity;
  /** The IRI of the offending node (`_:label` for a blank node of a foreign file). */
  focusNode: string;
  /** A predicate IRI, or a SPARQL property path with `<iri>`s for complex paths. */
  path?: string;
  /** The offending value in N-Triples syntax: `<iri>`, `"1950-02-30"^^<…#date>`, `"text"@en`. */
  value?: string;
  /** The local name of the constraint component: `MinCountConstraintComponent`, `CalendarDateConstraintComponent`. */
  constraint: string;
  /** The constraint component's IRI (sh: for SHACL Core, lod: for the checks done in JS). */
  component: string;
  /** The IRI of the shape whose constraint failed. */
  shape: string;
  message: string;
  /** Where the offending node is in the source text, when the graph or the caller says. */
  span?: Span;
}

export interface ValidationOptions {
  /** The record's id: names the report (`urn:lodscribe:validation:<id>` unless `reportIri` is given). */
  recordId: string;
  /** Source spans of nodes by IRI (turns, narration, notes…), for nodes whose span the graph does not hold. */
  spans?: ReadonlyMap<string, Span>;
  /** Stop and report `lod:DeadlineConstraintComponent` after this many milliseconds (default 10 000). */
  deadlineMs?: number;
  /** The IRI of the sh:ValidationReport; results are `<reportIri>/result/<n>`. */
  reportIri?: string;
}

export interface ValidationOutcome {
  /** True when there is no result at all (SHACL's definition). */
  conforms: boolean;
  /** Sorted: by focus node (numbers in IRIs compared as numbers), then path, constraint, shape and value. */
  results: ValidationResult[];
  /** The same report as a sh:ValidationReport without blank nodes. */
  reportQuads: Quad[];
}

/** A result while it is still made of terms: from the engine or from a JS check. */
export type Found = ShaclResult;

export const DEFAULT_DEADLINE_MS = 10_000;
