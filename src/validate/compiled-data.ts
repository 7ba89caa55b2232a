// A record's quads → the lookups the compiled shapes need (values by subject and predicate, types), and strict literal checks.
import type { Literal, Quad, Term } from '../rdf/factory.js';
import { rdf, rdfs, xsd } from '../rdf/namespaces.js';

/**
 * A key that tells terms apart as RDF does (kind, value, language, datatype). An IRI is its own key (no new string
 * to build and hash on every lookup); every other key starts with U+0000, as does the key of an IRI that starts with it.
 */
export function termKey(t: Term): string {
  if (t.termType === 'NamedNode') return t.value.startsWith('\u0000') ? `\u0000N${t.value}` : t.value;
  if (t.termType === 'Literal') return `\u0000L${t.value}\u0000${t.language}\u0000${t.datatype.value}`;
  return `\u0000${t.termType.charAt(0)}${t.value}`;
}

/** The data graph as the compiled shapes read it: every graph of the record as one, without duplicate values. */
export class DataView {
  /** Subject key → predicate → its distinct objects (their keys, and the objects in first-seen order). */
  private readonly out = new Map<string, Map<string, { keys: Set<string>; list: Term[] }>>();
  private readonly typesOf = new Map<string, Set<string>>();
  private readonly instancesOf = new Map<string, Map<string, Term>>();
  /** Whether the data states rdfs:subClassOf: class membership then needs inference the compiled shapes do not do. */
  readonly hasSubclasses: boolean;

  constructor(quads: Iterable<Quad>) {
    let subclasses = false;
    for (const q of quads) {
      const s = termKey(q.subject);
      let byPredicate = this.out.get(s);
      if (!byPredicate) this.out.set(s, (byPredicate = new Map()));
      let values = byPredicate.get(q.predicate.value);
      if (!values) byPredicate.set(q.predicate.value, (values = { keys: new Set(), list: [] }));
      const o = termKey(q.object);
      if (!values.keys.has(o)) {
        values.keys.add(o);
        values.list.push(q.object);
      }
      if (q.predicate.equals(rdfs.subClassOf)) subclasses = true;
      if (q.predicate.equals(rdf.type) && q.object.termType === 'NamedNode') {
        let types = this.typesOf.get(s);
        if (!types) this.typesOf.set(s, (types = new Set()));
        types.add(q.object.value);
        let members = this.instancesOf.get(q.object.value);
        if (!members) this.instancesOf.set(q.object.value, (members = new Map()));
        members.set(s, q.subject);
      }
    }
    this.hasSubclasses = subclasses;
  }

  /** The distinct objects of `subject` by the predicate `predicate` (the view's own array: read, never change it). */
  values(subject: Term, predicate: string): readonly Term[] {
    return this.out.get(termKey(subject))?.get(predicate)?.list ?? [];
  }

  /** The distinct nodes reached from `subject` by the sequence of predicates `path` (read, never change them). */
  follow(subject: Term, path: readonly string[]): readonly Term[] {
    if (path.length === 1) return this.values(subject, path[0]!); // one step: the objects are distinct already
    let nodes: readonly Term[] = [subject];
    for (const predicate of path) {
      const next = new Map<string, Term>();
      for (const n of nodes) for (const v of this.values(n, predicate)) next.set(termKey(v), v);
      nodes = [...next.values()];
    }
    return nodes;
  }

  isInstance(node: Term, classIri: string): boolean {
    return node.termType !== 'Literal' && (this.typesOf.get(termKey(node))?.has(classIri) ?? false);
  }

  instances(classIri: string): Term[] {
    return [...(this.instancesOf.get(classIri)?.values() ?? [])];
  }
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const YEAR = '(?!0000)\\d{4}';
const ZONE = '(?:Z|[+-](?:0\\d|1[0-3]):[0-5]\\d|[+-]14:00)?';

function realDay(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && !leap(Number(y)) ? 28 : (DAYS[month - 1] ?? 0));
}

function dateLike(value: string, time: boolean): boolean {
  const m = new RegExp(`^(${YEAR})-(\\d{2})-(\\d{2})${time ? 'T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?' : ''}${ZONE}$`).exec(value);
  return m !== null && realDay(m[1]!, m[2]!, m[3]!);
}

/**
 * Lexical checks at least as strict as both SHACL engines' for the datatypes our shapes name (stricter is safe: a
 * literal refused here only sends the record to the engines); undefined for a datatype not known here.
 */
const LEXICAL: Readonly<Record<string, (value: string) => boolean>> = {
  [xsd.string.value]: () => true,
  [xsd.boolean.value]: (v) => v === 'true' || v === 'false',
  [xsd.decimal.value]: (v) => /^-?\d{1,15}(?:\.\d{1,15})?$/.test(v),
  [xsd.integer.value]: (v) => /^-?\d{1,15}$/.test(v),
  [xsd.nonNegativeInteger.value]: (v) => /^\d{1,15}$/.test(v),
  [xsd.date.value]: (v) => dateLike(v, false),
  [xsd.dateTime.value]: (v) => dateLike(v, true),
  [xsd.gYear.value]: (v) => new RegExp(`^${YEAR}$`).test(v),
  [xsd.gYearMonth.value]: (v) => new RegExp(`^${YEAR}-(?:0[1-9]|1[0-2])$`).test(v),
  [xsd.duration.value]: (v) => /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/.test(v),
};

/** Whether `literal` is a well-formed literal of `datatype`: true, false, or undefined when not known here. */
export function wellTyped(literal: Literal, datatype: string): boolean | undefined {
  if (literal.datatype.value !== datatype) return false;
  if (datatype === rdf.langString.value) return literal.language !== '';
  return LEXICAL[datatype]?.(literal.value);
}

/** A number for a numeric literal our checks know (decimal, integer, nonNegativeInteger), else undefined. */
export function numeric(t: Term): number | undefined {
  if (t.termType !== 'Literal') return undefined;
  const dt = t.datatype.value;
  if (dt !== xsd.decimal.value && dt !== xsd.integer.value && dt !== xsd.nonNegativeInteger.value) return undefined;
  return wellTyped(t, dt) ? Number(t.value) : undefined;
}
