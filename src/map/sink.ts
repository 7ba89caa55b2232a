// Collects the quads of one named graph, and sorts them by their N-Quads form (subject, predicate, object).
import { literal, quad, type Literal, type NamedNode, type Quad, type Term } from '../rdf/factory.js';
import { rdf, xsd } from '../rdf/namespaces.js';
import { slotsBy, sortByKeys } from '../rdf/quad-order.js';

/** One named graph under construction; every helper adds quads with that graph. */
export class Sink {
  readonly quads: Quad[] = [];
  constructor(readonly graph: NamedNode) {}

  add(s: NamedNode, p: NamedNode, o: NamedNode | Literal): void {
    this.quads.push(quad(s, p, o, this.graph));
  }

  /** rdf:type for each class. */
  types(s: NamedNode, ...classes: readonly NamedNode[]): void {
    for (const c of classes) this.add(s, rdf.type, c);
  }

  /** An English text literal; nothing for an empty text. */
  en(s: NamedNode, p: NamedNode, text: string | undefined): void {
    if (text !== undefined && text.trim() !== '') this.add(s, p, literal(text, 'en'));
  }

  /** A plain xsd:string literal. */
  str(s: NamedNode, p: NamedNode, text: string): void {
    this.add(s, p, literal(text));
  }

  int(s: NamedNode, p: NamedNode, n: number, datatype: NamedNode = xsd.integer): void {
    this.add(s, p, literal(String(n), datatype));
  }

  /** The same object for several predicates (a CRM property and its Schema.org counterpart). */
  both(s: NamedNode, predicates: readonly NamedNode[], o: NamedNode | Literal): void {
    for (const p of predicates) this.add(s, p, o);
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeChar = (c: string): string =>
  ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The N-Quads form of a term (IRIs, literals; blank nodes are never minted by the mapper). */
export function termKey(t: Term): string {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType !== 'Literal') return '';
  const body = `"${t.value.replace(/["\\\u0000-\u001f]/g, escapeChar)}"`;
  if (t.language !== '') return `${body}@${t.language}`;
  return t.datatype.equals(xsd.string) ? body : `${body}^^<${t.datatype.value}>`;
}

/**
 * Sorted by (subject, predicate, object, graph) N-Quads forms in code unit order, duplicates removed: deterministic.
 * The forms escape every control character, so none holds U+0000 (see sortByKeys).
 */
export function sortQuads(quads: readonly Quad[]): Quad[] {
  const form = slotsBy(termKey);
  return sortByKeys(quads, (q) => [form(q.subject), form(q.predicate), form(q.object), form(q.graph)]);
}
