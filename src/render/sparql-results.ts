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

/** SPARQL 1.1 Query Results JSON: `head.vars`, then one object per row holding its bound variables only. */
export function toSparqlJson(result: Bindings | { kind: 'boolean'; value: boolean }): string {
  if (result.kind === 'boolean') return `${JSON.stringify({ head: {}, boolean: result.value }, null, 2)}\n`;
  const bindings = result.rows.map((row) => {
    const out: Record<string, JsonTerm> = Object.create(null) as Record<string, JsonTerm>;
    for (const v of result.variables) {
      const term = row.get(v);
      if (term) out[v] = jsonTerm(term);
    }
    return out;
  });
  return `${JSON.stringify({ head: { vars: result.variables }, results: { bindings } }, null, 2)}\n`;
}

/** CSV value of a term: IRIs and literals as their bare string (lossy, per the format), blank nodes as `_:label`. */
function csvValue(term: Term | undefined): string {
  if (!term) return '';
  const text = term.termType === 'BlankNode' ? `_:${term.value}` : term.termType === 'Quad' ? tsvTerm(term) : term.value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** SPARQL 1.1 CSV: a header of variable names, then one row per solution; every line ends with CRLF. */
export function toSparqlCsv(result: Bindings): string {
  const lines = [result.variables.join(',')];
  for (const row of result.rows) lines.push(result.variables.map((v) => csvValue(row.get(v))).join(','));
  return lines.map((line) => `${line}\r\n`).join('');
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

/** SPARQL 1.1 TSV: a header of `?name`s, then terms in SPARQL syntax, tab-separated; lines end with LF. */
export function toSparqlTsv(result: Bindings): string {
  const lines = [result.variables.map((v) => `?${v}`).join('\t')];
  for (const row of result.rows) lines.push(result.variables.map((v) => { const t = row.get(v); return t ? tsvTerm(t) : ''; }).join('\t'));
  return lines.map((line) => `${line}\n`).join('');
}
