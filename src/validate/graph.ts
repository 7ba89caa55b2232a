// A read-only index over the quads being validated (all graphs as one), for the JS checks and the span lookup.
import { Store, type NamedNode, type Quad, type Term } from '../rdf/factory.js';
import { rdf } from '../rdf/namespaces.js';

/** Compares strings with digit runs as numbers: `turn/2` < `turn/10`. Deterministic, no locale. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.split(/([0-9]+)/);
  const pb = b.split(/([0-9]+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    if (i % 2 === 1) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

const byValue = (a: Term, b: Term): number => naturalCompare(a.value, b.value) || naturalCompare(a.termType, b.termType);

export class Graph {
  /** The index itself, shared with the SHACL engine so the quads are indexed once. */
  readonly store: Store;

  constructor(quads: readonly Quad[]) {
    this.store = new Store([...quads]);
  }

  /** The objects of (s, p, ?), sorted, without duplicates across graphs. */
  objects(subject: Term, predicate: NamedNode): Term[] {
    return unique(this.store.getObjects(subject, predicate, null));
  }

  /** The subjects of (?, p, o), sorted, without duplicates across graphs. */
  subjects(predicate: NamedNode, object: Term): Term[] {
    return unique(this.store.getSubjects(predicate, object, null));
  }

  /** The quads about `subject` (any graph), sorted by predicate and object. */
  about(subject: Term): Quad[] {
    return this.store
      .getQuads(subject, null, null, null)
      .sort((a, b) => naturalCompare(a.predicate.value, b.predicate.value) || byValue(a.object, b.object));
  }

  /** The nodes typed with any of `classes`, sorted, without duplicates. */
  instances(...classes: NamedNode[]): Term[] {
    return unique(classes.flatMap((c) => this.store.getSubjects(rdf.type, c, null)));
  }
}

function unique(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) seen.set(`${t.termType}|${t.value}|${t.termType === 'Literal' ? `${t.language}|${t.datatype.value}` : ''}`, t);
  return [...seen.values()].sort(byValue);
}
