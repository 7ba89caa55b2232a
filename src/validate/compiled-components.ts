// SHACL Core constraint components as a lookup table: shape parameters → a check of value nodes (true, false, or unsure).
import type { Term } from '../rdf/factory.js';
import { sh } from '../rdf/namespaces.js';
import { numeric, termKey, wellTyped, type DataView } from './compiled-data.js';

/** true: no result; false: a result; undefined: not decided here (the SHACL engines decide). */
export type Verdict = boolean | undefined;

/** Whether `focus` conforms to a compiled shape (given by the compiler, so components can refer to other shapes). */
export type Conforms = (shape: Term, focus: Term, data: DataView) => Verdict;

export type Check = (values: readonly Term[], focus: Term, data: DataView) => Verdict;

/** What a component reads from its shape: the objects of one of its parameters, and list members. */
export interface Params {
  one(parameter: Term): Term | undefined;
  list(head: Term): Term[] | undefined;
  conforms: Conforms;
}

/** Folds verdicts: false if any is false, else undefined if any is undefined, else true. */
export function all<T>(items: readonly T[], test: (item: T) => Verdict): Verdict {
  let sure = true;
  for (const item of items) {
    const v = test(item);
    if (v === false) return false;
    if (v === undefined) sure = false;
  }
  return sure ? true : undefined;
}

const int = (t: Term | undefined): number | undefined => (t ? numeric(t) : undefined);
const isBlank = (t: Term): boolean => t.termType === 'BlankNode';

const NODE_KINDS: Readonly<Record<string, (t: Term) => boolean>> = {
  [sh.IRI.value]: (t) => t.termType === 'NamedNode',
  [sh.Literal.value]: (t) => t.termType === 'Literal',
  [sh.BlankNode.value]: isBlank,
  [sh.BlankNodeOrIRI.value]: (t) => t.termType !== 'Literal',
  [sh.BlankNodeOrLiteral.value]: (t) => t.termType !== 'NamedNode',
  [sh.IRIOrLiteral.value]: (t) => !isBlank(t),
};

/** A string length as both engines could count it (UTF-16 units or code points): undefined where they differ. */
function length(t: Term): number | undefined {
  const units = t.value.length;
  return [...t.value].length === units ? units : undefined;
}

function compare(a: Term, b: Term): number | undefined {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return x - y;
  if (a.termType !== 'Literal' || b.termType !== 'Literal' || a.datatype.value !== b.datatype.value) return undefined;
  if (!wellTyped(a, a.datatype.value) || !wellTyped(b, b.datatype.value) || a.value.length !== b.value.length) return undefined;
  // Dates and times without a zone, of one layout, compare as text; anything else (zones, fractions) is left to the engines.
  const plain = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2})?$/;
  return plain.test(a.value) && plain.test(b.value) ? (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : undefined;
}

const range = (test: (c: number) => boolean) => (p: Term) => (values: readonly Term[]) =>
  all(values, (v) => {
    const c = compare(v, p);
    return c === undefined ? (v.termType === 'Literal' ? undefined : false) : test(c);
  });

const pairwise = (test: (c: number) => boolean) => (p: Term) => (values: readonly Term[], focus: Term, data: DataView) =>
  all(values, (v) => all(data.values(focus, p.value), (w) => {
    const c = compare(v, w);
    return c === undefined ? undefined : test(c);
  }));

/** Components with one parameter: parameter IRI → (its value, the shape's other parameters) → check, or undefined if unsupported. */
export const COMPONENTS: ReadonlyMap<string, (value: Term, params: Params) => Check | undefined> = new Map<string, (value: Term, params: Params) => Check | undefined>([
  [sh.minCount.value, (n) => { const min = int(n); return min === undefined ? undefined : (values) => values.length >= min; }],
  [sh.maxCount.value, (n) => { const max = int(n); return max === undefined ? undefined : (values) => values.length <= max; }],
  [sh.nodeKind.value, (k) => { const test = NODE_KINDS[k.value]; return test && ((values) => values.every(test)); }],
  [sh.datatype.value, (d) => (values) => all(values, (v) => (v.termType === 'Literal' ? wellTyped(v, d.value) : false))],
  [sh.class.value, (c) => (values, _f, data) => values.every((v) => data.isInstance(v, c.value))],
  [sh.hasValue.value, (t) => (values) => values.some((v) => v.equals(t))],
  [sh.in.value, (head, p) => { const members = p.list(head); if (!members) return undefined; const keys = new Set(members.map(termKey)); return (values) => values.every((v) => keys.has(termKey(v))); }],
  [sh.languageIn.value, (head, p) => {
    const ranges = p.list(head)?.map((r) => r.value.toLowerCase());
    if (!ranges || ranges.some((r) => r === '*')) return undefined;
    return (values) => values.every((v) => v.termType === 'Literal' && v.language !== '' && ranges.some((r) => v.language.toLowerCase() === r || v.language.toLowerCase().startsWith(`${r}-`)));
  }],
  [sh.minLength.value, (n) => { const min = int(n); return min === undefined ? undefined : (values) => all(values, (v) => (isBlank(v) ? false : ((l) => (l === undefined ? undefined : l >= min))(length(v)))); }],
  [sh.maxLength.value, (n) => { const max = int(n); return max === undefined ? undefined : (values) => all(values, (v) => (isBlank(v) ? false : ((l) => (l === undefined ? undefined : l <= max))(length(v)))); }],
  [sh.pattern.value, (pattern, p) => {
    let re: RegExp;
    try { re = new RegExp(pattern.value, p.one(sh.flags)?.value ?? ''); } catch { return undefined; }
    return (values) => values.every((v) => !isBlank(v) && re.test(v.value));
  }],
  [sh.or.value, (head, p) => { const shapes = p.list(head); return shapes && ((values, _f, data) => all(values, (v) => anyOf(shapes, (s) => p.conforms(s, v, data)))); }],
  [sh.node.value, (shape, p) => (values, _f, data) => all(values, (v) => p.conforms(shape, v, data))],
  [sh.property.value, (shape, p) => (values, _f, data) => all(values, (v) => p.conforms(shape, v, data))],
  [sh.equals.value, (q) => (values, focus, data) => sameSet(values, data.values(focus, q.value))],
  [sh.lessThan.value, pairwise((c) => c < 0)],
  [sh.lessThanOrEquals.value, pairwise((c) => c <= 0)],
  [sh.minInclusive.value, range((c) => c >= 0)],
  [sh.maxInclusive.value, range((c) => c <= 0)],
  [sh.minExclusive.value, range((c) => c > 0)],
  [sh.maxExclusive.value, range((c) => c < 0)],
  [sh.qualifiedValueShape.value, (shape, p) => {
    if (p.one(sh.qualifiedValueShapesDisjoint)?.value === 'true') return undefined;
    const min = int(p.one(sh.qualifiedMinCount));
    const max = int(p.one(sh.qualifiedMaxCount));
    return (values, _f, data) => {
      const verdicts = values.map((v) => p.conforms(shape, v, data));
      if (verdicts.includes(undefined)) return undefined;
      const n = verdicts.filter(Boolean).length;
      return (min === undefined || n >= min) && (max === undefined || n <= max);
    };
  }],
]);

/** Parameters read by another component (or not constraints at all): never a reason to give up. */
export const COMPANIONS: ReadonlySet<string> = new Set(
  [sh.flags, sh.qualifiedMinCount, sh.qualifiedMaxCount, sh.qualifiedValueShapesDisjoint, sh.message, sh.severity, sh.name,
    sh.description, sh.order, sh.group, sh.defaultValue, sh.path, sh.targetClass, sh.deactivated].map((t) => t.value),
);

function anyOf(shapes: readonly Term[], test: (shape: Term) => Verdict): Verdict {
  let sure = true;
  for (const s of shapes) {
    const v = test(s);
    if (v === true) return true;
    if (v === undefined) sure = false;
  }
  return sure ? false : undefined;
}

function sameSet(a: readonly Term[], b: readonly Term[]): boolean {
  const keys = new Set(a.map(termKey));
  return a.length === b.length && b.every((t) => keys.has(termKey(t)));
}
