// A query's algebra → its innermost sub-select given inline data (VALUES), and the tree with a sub-select's solutions
// put in its place as VALUES: the same query, since a sub-select is answered on its own before it is joined.
import type { AlgebraNode } from '../rdf/comunica.js';
import type { Term } from '../rdf/factory.js';

interface TermLike { termType?: string; value?: string }

/** A sub-select: its topmost node (a modifier or its projection) and the variables it projects. */
export interface Subselect { node: AlgebraNode; variables: readonly TermLike[] }

/** One solution: variable name → term (unbound variables absent). */
export type Solution = Readonly<Record<string, Term>>;

/** The operations above a query's own pattern: its form, dataset clause and solution modifiers. */
const OUTER = new Set(['slice', 'distinct', 'reduced', 'from', 'ask', 'construct', 'describe']);
/** Query forms without a projection of their own: a projection right below them is a sub-select's. */
const UNPROJECTED = new Set(['ask', 'construct', 'describe']);
/** What may sit above a sub-select's projection (ORDER BY is below it). */
const MODIFIERS = new Set(['slice', 'distinct', 'reduced']);
/** Below these a sub-select is not answered on its own: GRAPH changes the active graph, SERVICE runs elsewhere. */
const BARRIERS = new Set(['graph', 'service']);

const isNode = (v: unknown): v is AlgebraNode => v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as AlgebraNode).type === 'string';

/** The operations a node reads from (never expressions: a sub-select inside EXISTS is left alone). */
function inputs(node: AlgebraNode): AlgebraNode[] {
  const input = node['input'];
  return Array.isArray(input) ? input.filter(isNode) : isNode(input) ? [input] : [];
}

/** The pattern under a query's form, modifiers and projection (a SELECT's; ASK, CONSTRUCT and DESCRIBE have none). */
function queryPattern(root: AlgebraNode): AlgebraNode {
  let node = root;
  let projected = true;
  while (OUTER.has(node.type ?? '') && isNode(node['input'])) {
    if (UNPROJECTED.has(node.type ?? '')) projected = false;
    node = node['input'];
  }
  return projected && node.type === 'project' && isNode(node['input']) ? node['input'] : node;
}

/** The projection of the sub-select whose topmost node is `node`, if it is one. */
function projectionAt(node: AlgebraNode): AlgebraNode | undefined {
  let cur = node;
  while (MODIFIERS.has(cur.type ?? '') && isNode(cur['input'])) cur = cur['input'];
  return cur.type === 'project' ? cur : undefined;
}

function* below(node: AlgebraNode): Generator<AlgebraNode> {
  yield node;
  for (const child of inputs(node)) yield* below(child);
}

/** Operations that need all their input before their first solution: asked for a few, they still do it all. */
const BLOCKING = new Set(['group', 'orderby']);

/**
 * Whether the sub-select (topmost node `top`) is worth answering first: inline data somewhere in it, every pattern on
 * the default graph (no GRAPH, no SERVICE), and asking for its first `maxRows` + 1 solutions costs no more than making
 * them — no GROUP BY, aggregate or ORDER BY in it, unless its own LIMIT is within `maxRows`. (cq4's entity list has
 * VALUES for its kinds and a GROUP BY: all its groups would be made only to find there are too many.)
 */
function worthAnsweringFirst(top: AlgebraNode, projection: AlgebraNode, maxRows: number): boolean {
  const length = top.type === 'slice' ? (top['length'] as number | undefined) : undefined;
  const fits = length !== undefined && length <= maxRows;
  let values = false;
  for (const n of below(projection)) {
    if (BARRIERS.has(n.type ?? '') || (!fits && BLOCKING.has(n.type ?? ''))) return false;
    if (n.type === 'values') values = true;
    const patterns = n.type === 'bgp' ? (n['patterns'] as AlgebraNode[]) : n.type === 'pattern' || n.type === 'path' ? [n] : [];
    if (patterns.some((p) => (p['graph'] as TermLike | undefined)?.termType !== 'DefaultGraph')) return false;
  }
  return values;
}

function innermost(node: AlgebraNode, maxRows: number): Subselect | undefined {
  if (BARRIERS.has(node.type ?? '')) return undefined;
  const projection = projectionAt(node);
  for (const child of inputs(projection ?? node)) {
    const found = innermost(child, maxRows);
    if (found) return found;
  }
  if (!projection || !worthAnsweringFirst(node, projection, maxRows)) return undefined;
  return { node, variables: (projection['variables'] as TermLike[] | undefined) ?? [] };
}

/** The innermost sub-select of the query given inline data and worth answering first, if any (see above). */
export function parameterisedSubselect(root: AlgebraNode, maxRows: number): Subselect | undefined {
  return innermost(queryPattern(root), maxRows);
}

/**
 * `node` limited to its first `rows` solutions (to ask a sub-select how many it has, up to a bound). A sub-select with
 * LIMIT or OFFSET of its own keeps them, with the smaller LIMIT: written out, a slice of a slice is one LIMIT, the outer.
 */
export function limited(node: AlgebraNode, rows: number): AlgebraNode {
  if (node.type !== 'slice') return { type: 'slice', input: node, start: 0, length: rows };
  const length = node['length'] as number | undefined;
  return { ...node, length: Math.min(length ?? Infinity, rows) };
}

/** The tree with `sub` replaced by VALUES holding `solutions` (nodes off the path to it are shared, not copied). */
export function withSolutions(root: AlgebraNode, sub: Subselect, solutions: readonly Solution[]): AlgebraNode {
  const values: AlgebraNode = { type: 'values', variables: sub.variables, bindings: solutions };
  const replace = (node: AlgebraNode): AlgebraNode => {
    if (node === sub.node) return values;
    const input = node['input'];
    if (Array.isArray(input)) {
      const next = input.map((c: unknown) => (isNode(c) ? replace(c) : c));
      return next.some((c, i) => c !== input[i]) ? { ...node, input: next } : node;
    }
    if (!isNode(input)) return node;
    const next = replace(input);
    return next === input ? node : { ...node, input: next };
  };
  return replace(root);
}
