// A query's algebra → the answer variables whose integers the embedded store retyped, and the datatype to give back.
import { algebraNodes, type AlgebraNode } from '../rdf/comunica.js';

interface TermLike { termType?: string; value?: string }
interface Expression { subType?: string; term?: TermLike; aggregator?: string; expression?: Expression; variable?: TermLike }

/** How each variable is bound: datatypes of typed triple patterns, aliases of other variables, or anything else. */
interface Binders { types: Map<string, Set<string>>; aliases: Map<string, Set<string>>; other: Set<string> }

const isVariable = (t: unknown): t is TermLike & { value: string } => (t as TermLike | undefined)?.termType === 'Variable';

/** The variable an expression is, when it is one (`?x`), else undefined. */
function variableOf(e: Expression | undefined): string | undefined {
  return e?.subType === 'term' && isVariable(e.term) ? e.term.value : undefined;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function pattern(node: AlgebraNode, typed: ReadonlyMap<string, string>, b: Binders): void {
  for (const key of ['subject', 'predicate', 'graph'] as const) if (isVariable(node[key])) b.other.add((node[key] as TermLike & { value: string }).value);
  const object = node['object'];
  if (!isVariable(object)) return;
  const predicate = node['predicate'] as TermLike | undefined;
  const datatype = predicate?.termType === 'NamedNode' ? typed.get(predicate.value ?? '') : undefined;
  if (datatype === undefined) b.other.add(object.value);
  else add(b.types, object.value, datatype);
}

/** MIN, MAX and SAMPLE of a variable give one of its values; any other aggregate a new value. */
function aggregate(a: Expression, b: Binders): void {
  const target = a.variable?.value;
  if (!target) return;
  const source = /^(?:min|max|sample)$/.test(a.aggregator ?? '') ? variableOf(a.expression) : undefined;
  if (source === undefined) b.other.add(target);
  else add(b.aliases, target, source);
}

function visit(node: AlgebraNode, typed: ReadonlyMap<string, string>, b: Binders): void {
  if (node.type === 'pattern' || (node as TermLike).termType === 'Quad') pattern(node, typed, b);
  else if (node.type === 'path') for (const key of ['subject', 'object', 'graph'] as const) {
    if (isVariable(node[key])) b.other.add((node[key] as TermLike & { value: string }).value);
  }
  else if (node.type === 'extend') {
    const target = (node['variable'] as TermLike | undefined)?.value ?? '';
    const source = variableOf(node['expression'] as Expression | undefined);
    if (source === undefined) b.other.add(target);
    else add(b.aliases, target, source);
  } else if (node.type === 'values') for (const v of (node['variables'] as TermLike[] | undefined) ?? []) b.other.add(v.value ?? '');
  else if (node.type === 'group') for (const a of (node['aggregates'] as Expression[] | undefined) ?? []) aggregate(a, b);
}

function resolve(name: string, b: Binders, visiting: Set<string>): Set<string> | undefined {
  if (b.other.has(name) || visiting.has(name)) return undefined;
  visiting.add(name);
  const types = new Set(b.types.get(name));
  for (const source of b.aliases.get(name) ?? []) {
    const inner = resolve(source, b, visiting);
    if (!inner) return undefined;
    for (const t of inner) types.add(t);
  }
  visiting.delete(name);
  return types;
}

/**
 * The variables bound only as objects of predicates whose literals the store retyped (or as aliases, MIN, MAX or
 * SAMPLE of such variables), each with the one datatype those literals had in the file. Any other way of binding a
 * variable (BIND of an expression, VALUES, a path, another predicate) leaves it as the store gives it.
 */
export function retypedVariables(root: AlgebraNode, typed: ReadonlyMap<string, string>): Record<string, string> {
  const b: Binders = { types: new Map(), aliases: new Map(), other: new Set() };
  if (typed.size === 0) return {};
  for (const node of algebraNodes(root)) visit(node, typed, b);
  const out: Record<string, string> = {};
  for (const name of new Set([...b.types.keys(), ...b.aliases.keys()])) {
    const types = resolve(name, b, new Set());
    const [only] = types ?? [];
    if (types?.size === 1 && only !== undefined) out[name] = only;
  }
  return out;
}
