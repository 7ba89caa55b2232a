// One record's map and validate steps: a linked record → its graph, its SHACL report, and whether it may be published.
import type { LinkedRecord } from '../entities.js';
import type { Finding } from '../findings.js';
import { partSpans } from '../map/spans.js';
import type { Quad } from '../rdf/factory.js';
import { toTurtle } from '../rdf/serialize.js';
import { formatValidation } from '../render/validation.js';
import { mapRecord } from '../stages/map.js';
import { validateRecord, type Shapes, type ValidationResult } from '../stages/validate.js';

export interface CheckedRecord {
  recordId: string;
  quads: Quad[];
  entityQuads: Quad[];
  results: ValidationResult[];
  conforms: boolean;
  reportTurtle: string;
  summary: string;
  findings: Finding[];
}

/** Maps the record and validates its graph together with the entities it names. */
export function mapAndValidate(linked: LinkedRecord, base: string, shapes: Shapes): CheckedRecord {
  const mapped = mapRecord(linked, { base });
  const spans = partSpans(linked.record, base);
  const outcome = validateRecord([...mapped.quads, ...mapped.entityQuads], shapes, { recordId: mapped.recordId, spans });
  return {
    recordId: mapped.recordId, quads: mapped.quads, entityQuads: mapped.entityQuads, results: outcome.results,
    conforms: outcome.conforms, reportTurtle: toTurtle(outcome.reportQuads), summary: formatValidation(mapped.recordId, outcome.results),
    findings: [...linked.record.findings, ...linked.findings, ...mapped.findings],
  };
}
