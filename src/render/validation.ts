// The readable validation summary: one line per result naming the record, the constraint, the source span and the node.
import { DEFAULT_BASE, NS } from '../rdf/namespaces.js';
import type { ValidationResult } from '../validate/types.js';

const PREFIXES = Object.entries(NS).sort((a, b) => b[1].length - a[1].length);

/** `crm:P14_carried_out_by`; `<record/R/turn/3>` under the default base (or any IRI with a /record/ segment); else `<iri>`. */
export function shortIri(iri: string): string {
  for (const [prefix, ns] of PREFIXES) {
    const rest = iri.slice(ns.length);
    if (iri.startsWith(ns) && /^\w(?:[\w.-]*\w)?$/.test(rest)) return `${prefix}:${rest}`;
  }
  if (iri.startsWith(DEFAULT_BASE)) return `<${iri.slice(DEFAULT_BASE.length)}>`;
  const record = iri.indexOf('/record/');
  return record >= 0 ? `<${iri.slice(record + 1)}>` : `<${iri}>`;
}

/** A SPARQL path or an N-Triples value with every `<iri>` shortened. */
function shortTerms(text: string): string {
  return text.replace(/<([^<>\s]+)>/g, (_, iri: string) => shortIri(iri));
}

/** One line: `<record>: validate: violation MinCountConstraintComponent [411,417) <node> schema:sender: message (shape)`. */
export function formatResult(recordId: string, r: ValidationResult): string {
  const span = r.span ? ` [${r.span.start},${r.span.end})` : '';
  const node = r.focusNode.startsWith('_:') ? r.focusNode : shortIri(r.focusNode);
  const path = r.path === undefined ? '' : ` ${r.path.startsWith('(') || r.path.startsWith('^') ? shortTerms(r.path) : shortIri(r.path)}`;
  const value = r.value === undefined || r.value === `<${r.focusNode}>` ? '' : ` = ${shortTerms(r.value)}`;
  const severity = r.severity.toLowerCase();
  return `${recordId}: validate: ${severity} ${r.constraint}${span} ${node}${path}${value}: ${shortTerms(r.message)} (${shortIri(r.shape)})`;
}

/** Every result on its own line, or one line saying the record conforms. */
export function formatValidation(recordId: string, results: readonly ValidationResult[]): string {
  if (results.length === 0) return `${recordId}: validate: conforms`;
  return results.map((r) => formatResult(recordId, r)).join('\n');
}
