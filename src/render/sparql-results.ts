// SPARQL 1.1 result formats exactly: Query Results JSON, and the CSV and TSV formats (W3C Recommendations, 2013).
import type { QueryResult } from '../rdf/comunica.js';
import type { Term } from '../rdf/factory.js';
import { rdf, xsd } from '../rdf/namespaces.js';

export type Bindings = Extract<QueryResult, { kind: 'bindings' }>;

type JsonTerm =
  | { type: 'uri' | 'bnode'; value: string }
  | { type: 'literal'; value: string; 'xml:lang'?: string; datatype?: string }
  | { type: 'triple'; value: { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm } };

function jsonTerm(term: Term): JsonTerm {
  switch (term.termType) {
    case 'NamedNode': return { type: 'uri', value: term.value };
    case 'BlankNode': return { type: 'bnode', value: term.value };
    case 'Literal': {
      if (term.language !== '') return { type: 'literal', value: term.value, 'xml:lang': term.language };
      if (term.datatype.equals(xsd.string)) return { type: 'literal', value: term.value };
      return { type: 'literal', value: term.value, datatype: term.datatype.value };
    }
    case 'Quad': return { type: 'triple', value: { subject: jsonTerm(term.subject), predicate: jsonTerm(term.predicate), object: jsonTerm(term.object) } };
    default: throw new TypeError(`A ${term.termType} cannot be a query result`);
  }
}

/** One solution as Query Results JSON: its bound variables only. */
function jsonBinding(variables: readonly string[], row: ReadonlyMap<string, Term>): Record<string, JsonTerm> {
  const out: Record<string, JsonTerm> = Object.create(null) as Record<string, JsonTerm>;
  for (const v of variables) {
    const term = row.get(v);
    if (term) out[v] = jsonTerm(term);
  }
  return out;
}

/** `text` with every line after the first indented by `spaces` (a nested value of 2-space-indented JSON). */
const nested = (text: string, spaces: number): string => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

/**
 * A result format written a solution at a time: the head, each row, then the tail once the number of rows is known.
 * head + rows + tail is byte for byte what the format's whole-result writer gives.
 */
export interface RowWriter {
  readonly head: string;
  row(row: ReadonlyMap<string, Term>): string;
  tail(rows: number): string;
}

/** Query Results JSON as `JSON.stringify(…, null, 2)` lays it out, written a solution at a time. */
function jsonRows(variables: readonly string[]): RowWriter {
  let first = true;
  return {
    head: `{\n  "head": ${nested(JSON.stringify({ vars: variables }, null, 2), 2)},\n  "results": {\n    "bindings": [`,
    row: (row) => {
      const text = `${first ? '' : ','}\n      ${nested(JSON.stringify(jsonBinding(variables, row), null, 2), 6)}`;
      first = false;
      return text;
    },
    tail: (rows) => `${rows > 0 ? '\n    ' : ''}]\n  }\n}\n`,
  };
}

/** SPARQL 1.1 Query Results JSON: `head.vars`, then one object per row holding its bound variables only. */
export function toSparqlJson(result: Bindings | { kind: 'boolean'; value: boolean }): string {
  if (result.kind === 'boolean') return `${JSON.stringify({ head: {}, boolean: result.value }, null, 2)}\n`;
  return writeAll(jsonRows(result.variables), result.rows);
}

function writeAll(w: RowWriter, rows: readonly ReadonlyMap<string, Term>[]): string {
  let text = w.head;
  for (const row of rows) text += w.row(row);
  return text + w.tail(rows.length);
}

/** CSV value of a term: IRIs and literals as their bare string (lossy, per the format), blank nodes as `_:label`. */
function csvValue(term: Term | undefined): string {
  if (!term) return '';
  const text = term.termType === 'BlankNode' ? `_:${term.value}` : term.termType === 'Quad' ? tsvTerm(term) : term.value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** SPARQL 1.1 CSV, written a solution at a time: a header of variable names, then one line per row; lines end with CRLF. */
function csvRows(variables: readonly string[]): RowWriter {
  return { head: `${variables.join(',')}\r\n`, row: (row) => `${variables.map((v) => csvValue(row.get(v))).join(',')}\r\n`, tail: () => '' };
}

/** SPARQL 1.1 CSV: a header of variable names, then one row per solution; every line ends with CRLF. */
export function toSparqlCsv(result: Bindings): string {
  return writeAll(csvRows(result.variables), result.rows);
}

const STRING_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A term in SPARQL / Turtle syntax on one line: `<iri>`, `_:b`, `"text"@en`, `"1"^^<…#integer>`. */
export function tsvTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`;
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': {
      const quoted = `"${term.value.replace(/[\\"\n\r\t]/g, (c) => STRING_ESCAPES[c] ?? c)}"`;
      if (term.language !== '') return `${quoted}@${term.language}`;
      return term.datatype.equals(xsd.string) || term.datatype.equals(rdf.langString) ? quoted : `${quoted}^^<${term.datatype.value}>`;
    }
    case 'Quad': return `<<( ${tsvTerm(term.subject)} ${tsvTerm(term.predicate)} ${tsvTerm(term.object)} )>>`;
    default: throw new TypeError(`A ${term.termType} cannot be a query result`);
  }
}

/** SPARQL 1.1 TSV, written a solution at a time: a header of `?name`s, then terms in SPARQL syntax; lines end with LF. */
function tsvRows(variables: readonly string[]): RowWriter {
  const cell = (t: Term | undefined): string => (t ? tsvTerm(t) : '');
  return { head: `${variables.map((v) => `?${v}`).join('\t')}\n`, row: (row) => `${variables.map((v) => cell(row.get(v))).join('\t')}\n`, tail: () => '' };
}

/** SPARQL 1.1 TSV: a header of `?name`s, then terms in SPARQL syntax, tab-separated; lines end with LF. */
export function toSparqlTsv(result: Bindings): string {
  return writeAll(tsvRows(result.variables), result.rows);
}

/** The writer of a SPARQL results format for solutions of `variables`. */
export const ROW_WRITERS: Readonly<Record<'json' | 'csv' | 'tsv', (variables: readonly string[]) => RowWriter>> = { json: jsonRows, csv: csvRows, tsv: tsvRows };
