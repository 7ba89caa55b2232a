// Query results for a terminal: an aligned text table with prefixed IRIs, one line per solution.
import type { Term } from '../rdf/factory.js';
import { NS, xsd } from '../rdf/namespaces.js';
import type { Bindings } from './sparql-results.js';

const CELL_MAX = 80;
const NAMESPACES = Object.entries(NS).sort(([, a], [, b]) => b.length - a.length);
const LOCAL_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** `crm:E21_Person` when the IRI is in a known namespace and the rest is a plain local name, else `<iri>`. */
export function shortIri(iri: string): string {
  for (const [prefix, ns] of NAMESPACES) {
    const local = iri.slice(ns.length);
    if (iri.startsWith(ns) && LOCAL_NAME.test(local) && !local.endsWith('.')) return `${prefix}:${local}`;
  }
  return `<${iri}>`;
}

const PLAIN_NUMBER: ReadonlyMap<string, RegExp> = new Map([
  [xsd.integer.value, /^[+-]?[0-9]+$/],
  [xsd.decimal.value, /^[+-]?[0-9]*\.[0-9]+$/],
]);

/** A readable one-line rendering of a term: control characters shown as escapes, numbers bare. */
export function cellText(term: Term | undefined): string {
  if (!term) return '';
  if (term.termType === 'NamedNode') return shortIri(term.value);
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType !== 'Literal') return term.value;
  const text = JSON.stringify(term.value);
  if (term.language !== '') return `${text}@${term.language}`;
  if (term.datatype.equals(xsd.string)) return text;
  if (PLAIN_NUMBER.get(term.datatype.value)?.test(term.value)) return term.value;
  return `${text}^^${shortIri(term.datatype.value)}`;
}

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= CELL_MAX ? text : `${chars.slice(0, CELL_MAX - 1).join('')}…`;
}

const width = (s: string): number => Array.from(s).length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

/** Header of `?variables`, a rule, one line per row (cells clipped to 80 characters) and the row count. */
export function toTable(result: Bindings): string {
  const header = result.variables.map((v) => `?${v}`);
  const rows = result.rows.map((row) => result.variables.map((v) => clip(cellText(row.get(v)))));
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  out.push('', `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`);
  return `${out.join('\n')}\n`;
}
