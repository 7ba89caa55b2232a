// SPARQL results by content negotiation: which formats each query form offers, and writing a result in one.
import type { QueryResult } from '../rdf/comunica.js';
import { toCompactJsonLd } from '../rdf/jsonld.js';
import { asTriples, toNQuads, toTurtle } from '../rdf/serialize.js';
import { toSparqlXml } from '../render/sparql-results-xml.js';
import { toSparqlCsv, toSparqlJson, toSparqlTsv } from '../render/sparql-results.js';
import { negotiate } from './accept.js';
import type { QueryForm } from './guard.js';

export type ResultFormat = 'json' | 'xml' | 'csv' | 'tsv' | 'turtle' | 'ntriples' | 'jsonld';

const JSON_RESULTS = 'application/sparql-results+json';
const XML_RESULTS = 'application/sparql-results+xml';

/** Media type → format, in the server's order of preference (the first is the default for `*\/*`). */
const SOLUTIONS: ReadonlyArray<readonly [string, ResultFormat]> = [
  [JSON_RESULTS, 'json'], [XML_RESULTS, 'xml'], ['text/csv', 'csv'], ['text/tab-separated-values', 'tsv'],
  ['application/json', 'json'], ['application/xml', 'xml'], ['text/xml', 'xml'],
];
const BOOLEAN: ReadonlyArray<readonly [string, ResultFormat]> = [
  [JSON_RESULTS, 'json'], [XML_RESULTS, 'xml'], ['application/json', 'json'], ['application/xml', 'xml'], ['text/xml', 'xml'],
];
const GRAPH: ReadonlyArray<readonly [string, ResultFormat]> = [
  ['text/turtle', 'turtle'], ['application/n-triples', 'ntriples'], ['application/ld+json', 'jsonld'], ['text/plain', 'ntriples'],
];

export const RESULT_MEDIA_TYPES: Readonly<Record<QueryForm, ReadonlyArray<readonly [string, ResultFormat]>>> = {
  select: SOLUTIONS,
  ask: BOOLEAN,
  construct: GRAPH,
  describe: GRAPH,
};

export interface ChosenFormat { format: ResultFormat; mediaType: string }

/** The format to answer a query of `form` in for this Accept header; undefined when none fits (406). */
export function chooseResultFormat(form: QueryForm, accept: string | undefined): ChosenFormat | undefined {
  const offers = RESULT_MEDIA_TYPES[form];
  const mediaType = negotiate(accept, offers.map(([type]) => type));
  const entry = offers.find(([type]) => type === mediaType);
  return entry ? { mediaType: entry[0], format: entry[1] } : undefined;
}

/** The Content-Type header for a chosen media type (UTF-8 for every text format). */
export function contentType(mediaType: string): string {
  return mediaType === 'application/ld+json' || mediaType.endsWith('+json') || mediaType === 'application/json' ? mediaType : `${mediaType}; charset=utf-8`;
}

/** Writes a result in `format`; a format that does not fit the result (CSV for a graph) is a TypeError. */
export async function serializeResult(result: QueryResult, format: ResultFormat): Promise<string> {
  if (result.kind === 'quads') {
    if (format === 'turtle') return toTurtle(result.quads);
    if (format === 'ntriples') return toNQuads(asTriples(result.quads));
    if (format === 'jsonld') return toCompactJsonLd(result.quads);
  } else if (format === 'json') return toSparqlJson(result);
  else if (format === 'xml') return toSparqlXml(result);
  else if (result.kind === 'bindings' && format === 'csv') return toSparqlCsv(result);
  else if (result.kind === 'bindings' && format === 'tsv') return toSparqlTsv(result);
  throw new TypeError(`A ${result.kind} result cannot be written as ${format}`);
}
