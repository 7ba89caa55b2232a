// A query with parameterised sub-selects → the same query with their solutions in as VALUES, each sub-select answered
// first by the store. On its own the store joins a sub-select with all of what surrounds it, evaluated in full (cq7 on
// 10,000 records: 0.7–1 s); from a few inline solutions it reads only what they reach.
import { serializeQuery, type AlgebraNode } from '../rdf/comunica.js';
import { namedNode, type Term } from '../rdf/factory.js';
import { jsonToTerm, type JsonTerm } from '../rdf/oxigraph-terms.js';
import type { PoolAnswer } from './query-pool.js';
import { limited, parameterisedSubselect, withSolutions, type Solution } from './subselects.js';

/** The most solutions a sub-select may have to go in as VALUES; past it, the query runs as it was written. */
export const INLINE_MAX_ROWS = 10_000;
/** The most sub-selects answered first for one query. */
const MAX_STEPS = 8;

/** Runs a SELECT in the store with the default graph the union of all graphs, its answer SPARQL JSON unless past `maxRows`. */
export type SelectRunner = (sparql: string, maxRows: number) => Promise<PoolAnswer>;

/** The query to run (undefined: as written), or an answer to give instead (the time ran out while a sub-select ran). */
export type Presolved = { sparql: string | undefined } | { answer: PoolAnswer };

/** A term for VALUES: its IRI (a literal's datatype) checked like every IRI that becomes a term; a literal's text as it is. */
function valueTerm(t: JsonTerm): Term | undefined {
  if (t.type === 'uri') return namedNode(t.value);
  if (t.type !== 'literal' && t.type !== 'typed-literal') return undefined; // a blank node or a triple
  if (t.datatype !== undefined) namedNode(t.datatype);
  return jsonToTerm(t);
}

/**
 * The solutions of a SPARQL JSON answer; undefined if one holds a term VALUES cannot (a blank node, a triple) or one
 * that is no term of ours (an IRI our check refuses, which the store took from the file).
 */
function solutionsOf(body: string): Solution[] | undefined {
  const json = JSON.parse(body) as { results: { bindings: Record<string, JsonTerm>[] } };
  const out: Solution[] = [];
  for (const binding of json.results.bindings) {
    const row: Record<string, Term> = {};
    for (const [name, t] of Object.entries(binding)) {
      let term: Term | undefined;
      try {
        term = valueTerm(t);
      } catch {
        return undefined;
      }
      if (!term) return undefined;
      row[name] = term;
    }
    out.push(row);
  }
  return out;
}

/**
 * Answers the query's parameterised sub-selects first, innermost first, and puts each one's solutions in its place.
 * Stops at the first that cannot go in (more than INLINE_MAX_ROWS solutions, a blank node, a failure): what was put in
 * by then stays, the rest runs as written. Queries with no such sub-select are not rewritten at all.
 */
export async function presolve(algebra: AlgebraNode, run: SelectRunner): Promise<Presolved> {
  let tree = algebra;
  for (let step = 0; step < MAX_STEPS; step++) {
    const sub = parameterisedSubselect(tree, INLINE_MAX_ROWS);
    if (!sub) break;
    const answer = await run(await serializeQuery(limited(sub.node, INLINE_MAX_ROWS + 1)), INLINE_MAX_ROWS);
    if (!answer.ok && (answer.reason === 'timeout' || answer.reason === 'unavailable')) return { answer };
    const solutions = answer.ok ? solutionsOf(answer.body) : undefined;
    if (!solutions) break;
    tree = withSolutions(tree, sub, solutions);
  }
  return { sparql: tree === algebra ? undefined : await serializeQuery(tree) };
}
