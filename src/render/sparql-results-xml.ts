// SPARQL Query Results XML Format (W3C Recommendation, 2013 second edition) for SELECT and ASK results.
import type { Term } from '../rdf/factory.js';
import { xsd } from '../rdf/namespaces.js';
import type { Bindings } from './sparql-results.js';

const RESULTS_NS = 'http://www.w3.org/2005/sparql-results#';
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as XML 1.0 character data or attribute value. Characters XML 1.0 cannot carry at all (controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; CR is kept as a reference.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)
    .replace(/\r/g, '&#13;');
}

function xmlTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode': return `<uri>${escapeXml(term.value)}</uri>`;
    case 'BlankNode': return `<bnode>${escapeXml(term.value)}</bnode>`;
    case 'Literal': {
      if (term.language !== '') return `<literal xml:lang="${escapeXml(term.language)}">${escapeXml(term.value)}</literal>`;
      if (term.datatype.equals(xsd.string)) return `<literal>${escapeXml(term.value)}</literal>`;
      return `<literal datatype="${escapeXml(term.datatype.value)}">${escapeXml(term.value)}</literal>`;
    }
    case 'Quad':
      return `<triple><subject>${xmlTerm(term.subject)}</subject><predicate>${xmlTerm(term.predicate)}</predicate><object>${xmlTerm(term.object)}</object></triple>`;
    default: throw new TypeError(`A ${term.termType} cannot be a query result`);
  }
}

/** SPARQL 1.1 Query Results XML: the variables in `head`, one `result` per row with its bound variables only. */
export function toSparqlXml(result: Bindings | { kind: 'boolean'; value: boolean }): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<sparql xmlns="${RESULTS_NS}">`];
  if (result.kind === 'boolean') {
    lines.push('  <head/>', `  <boolean>${result.value}</boolean>`);
  } else {
    lines.push('  <head>', ...result.variables.map((v) => `    <variable name="${escapeXml(v)}"/>`), '  </head>', '  <results>');
    for (const row of result.rows) {
      const bound = result.variables.flatMap((v) => {
        const term = row.get(v);
        return term ? [`      <binding name="${escapeXml(v)}">${xmlTerm(term)}</binding>`] : [];
      });
      lines.push('    <result>', ...bound, '    </result>');
    }
    lines.push('  </results>');
  }
  lines.push('</sparql>');
  return `${lines.join('\n')}\n`;
}
