// Collects the quads of one named graph.
import { literal, quad, type Literal, type NamedNode, type Quad } from '../rdf/factory.js';
import { rdf, xsd } from '../rdf/namespaces.js';

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
