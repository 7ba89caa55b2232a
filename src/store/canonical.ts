// Canonical triples for comparing a graph in a file with what a store returns: values, not lexical forms, are compared.
import type { Literal, Quad, Term } from '../rdf/factory.js';
import { iriRef, stringLiteral } from './sparql.js';
import { NS } from '../rdf/namespaces.js';

const XSD = NS.xsd;
const DECIMALS = new Set(['decimal', 'integer', 'long', 'int', 'short', 'byte', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t));
const FLOATS = new Set([`${XSD}double`, `${XSD}float`]);
const DURATIONS = new Set([`${XSD}duration`, `${XSD}dayTimeDuration`]);

/** `-0012.500` → `-12.5`; undefined unless a decimal lexical form. */
export function canonicalDecimal(lexical: string): string | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(lexical.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const whole = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const text = frac ? `${whole}.${frac}` : whole;
  return m[1] === '-' && text !== '0' ? `-${text}` : text;
}

/** A day-time duration (`PT2H`, `P1DT30M`) or a bare number of seconds (how Virtuoso returns one) in seconds. */
export function durationSeconds(lexical: string): string | undefined {
  const bare = canonicalDecimal(lexical);
  if (bare !== undefined) return bare;
  const m = /^(-?)P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(lexical.trim());
  if (!m || lexical.trim().endsWith('T') || lexical.trim().endsWith('P')) return undefined;
  const [d, h, min] = [m[2], m[3], m[4]].map((x) => BigInt(x ?? '0'));
  const [s, frac = ''] = (m[5] ?? '0').split('.');
  const total = (d ?? 0n) * 86400n + (h ?? 0n) * 3600n + (min ?? 0n) * 60n + BigInt(s ?? '0');
  return canonicalDecimal(`${m[1]}${total}.${frac}`);
}

/** The literal's value in a canonical form (language tags in lower case, numbers, booleans and durations by value). */
function canonicalLiteral(l: Literal): string {
  if (l.language !== '') return `${stringLiteral(l.value)}@${l.language.toLowerCase()}`;
  const dt = l.datatype.value;
  let value: string | undefined;
  let type = dt;
  if (DECIMALS.has(dt)) [value, type] = [canonicalDecimal(l.value), `${XSD}decimal`];
  else if (FLOATS.has(dt)) [value, type] = [floatValue(l.value), `${XSD}double`];
  else if (dt === `${XSD}boolean`) value = { '1': 'true', '0': 'false', true: 'true', false: 'false' }[l.value.trim()];
  else if (DURATIONS.has(dt)) [value, type] = [durationSeconds(l.value), `${XSD}duration`];
  else if (dt === `${XSD}dateTime` || dt === `${XSD}time`) value = l.value.replace(/(:\d\d)\.0+(?=$|Z|[+-])/, '$1');
  else if (dt === `${XSD}string`) return stringLiteral(l.value);
  return `${stringLiteral(value ?? l.value)}^^${iriRef(value === undefined ? dt : type)}`;
}

function floatValue(lexical: string): string | undefined {
  const t = lexical.trim();
  if (t === 'INF' || t === '+INF') return 'INF';
  if (t === '-INF' || t === 'NaN') return t;
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? String(n) : undefined;
}

/** One term in canonical form (IRIs as `<iri>`, literals by value). */
export function canonicalTerm(t: Term): string {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'Literal') return canonicalLiteral(t);
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  throw new TypeError(`unexpected ${t.termType} in a triple`);
}

/** One triple as a canonical N-Triples-like line (graph ignored). */
export function canonicalTriple(q: Quad): string {
  return `${canonicalTerm(q.subject)} ${canonicalTerm(q.predicate)} ${canonicalTerm(q.object)} .`;
}

/** The sorted, de-duplicated canonical lines of some triples: equal arrays mean equal graphs (without blank nodes). */
export function canonicalLines(quads: Iterable<Quad>): string[] {
  return [...new Set([...quads].map(canonicalTriple))].sort();
}

export interface Difference { added: number; removed: number }

/** How many canonical lines `next` adds to and removes from `previous` (both sorted). */
export function difference(previous: readonly string[], next: readonly string[]): Difference {
  const before = new Set(previous);
  const after = new Set(next);
  return { added: next.filter((l) => !before.has(l)).length, removed: previous.filter((l) => !after.has(l)).length };
}
