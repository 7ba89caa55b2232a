// The embedded store's answer (SPARQL JSON or N-Triples text) → a QueryResult, capped, with the file's datatypes back.
import type { CappedResult } from './comunica.js';
import { rdfjsFactory as f, type Quad, type Term } from './factory.js';
import type { StoreAnswer } from './oxigraph.js';
import { jsonToTerm, retype, type JsonTerm, type TypedPredicates } from './oxigraph-terms.js';
import { xsd } from './namespaces.js';
import { parseRdf } from './parse.js';

export interface Retyping {
  /** Answer variable → the datatype its integer values had in the file (the variable is bound by such a predicate only). */
  variables: Readonly<Record<string, string>>;
  /** Predicate → datatype, for the triples of CONSTRUCT and DESCRIBE answers. */
  predicates: TypedPredicates;
}

interface JsonResults { head: { vars?: string[] }; results: { bindings: Record<string, JsonTerm>[] } }

function bindings(text: string, retyping: Retyping, maxRows: number): CappedResult {
  const json = JSON.parse(text) as JsonResults;
  const variables = json.head.vars ?? [];
  const all = json.results.bindings;
  const rows = all.slice(0, maxRows).map((b) => {
    const row = new Map<string, Term>();
    for (const [name, value] of Object.entries(b)) row.set(name, retype(jsonToTerm(value), retyping.variables[name]));
    return row;
  });
  return { result: { kind: 'bindings', variables, rows }, overflow: all.length > maxRows };
}

function graph(text: string, retyping: Retyping, maxRows: number): CappedResult {
  const all = parseRdf(text, 'n-triples');
  const quads = all.slice(0, maxRows).map((q) => {
    const datatype = retyping.predicates.get(q.predicate.value);
    return datatype === undefined ? q : f.quad(q.subject, q.predicate, retype(q.object, datatype) as Quad['object'], q.graph);
  });
  return { result: { kind: 'quads', quads }, overflow: all.length > maxRows };
}

/** Whether `text` is too short to hold more than `maxRows` solutions: each takes at least 3 characters (`{}` and `,` or `]`). */
const fewerCharsThanRows = (text: string, maxRows: number): boolean => text.length < 3 * (maxRows + 1);

/**
 * A SELECT answer left as the store wrote it (SPARQL 1.1 Results JSON, compact), never turned into terms: the
 * retyped variables' integers get their datatype back in place. Undefined when it has more than `maxRows` solutions.
 */
export function storeJson(text: string, retyping: Retyping, maxRows = Infinity): string | undefined {
  const retyped = Object.entries(retyping.variables);
  const whole = text.endsWith('\n') ? text : `${text}\n`;
  if (retyped.length === 0 && fewerCharsThanRows(text, maxRows)) return whole; // nothing to count or change: not parsed
  const json = JSON.parse(text) as JsonResults;
  if (json.results.bindings.length > maxRows) return undefined;
  if (retyped.length === 0) return whole;
  for (const b of json.results.bindings) {
    for (const [name, datatype] of retyped) {
      const t = b[name];
      if (t?.type === 'literal' && t.datatype === xsd.integer.value) t.datatype = datatype;
    }
  }
  return `${JSON.stringify(json)}\n`;
}

/** At most `maxRows` solutions or triples of the answer, and whether it had more. */
export function storeResult(answer: StoreAnswer, retyping: Retyping, maxRows = Infinity): CappedResult {
  if (answer.kind === 'boolean') return { result: { kind: 'boolean', value: answer.value }, overflow: false };
  return answer.kind === 'json' ? bindings(answer.text, retyping, maxRows) : graph(answer.text, retyping, maxRows);
}
