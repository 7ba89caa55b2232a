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

/** What the graph asks of its index: an n3 Store, or the lighter QuadIndex (src/rdf/quad-index.ts). */
export interface QuadSource {
  getQuads(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Quad[];
  getObjects(s: Term | null, p: Term | null, g: Term | null): Term[];
  getSubjects(p: Term | null, o: Term | null, g: Term | null): Term[];
}

export class Graph {
  private readonly index: QuadSource;
  private n3?: Store;

  /** Over `quads`, indexed by `index` when given (else by an n3 Store). */
  constructor(private readonly quads: readonly Quad[], index?: QuadSource) {
    this.index = index ?? (this.n3 = new Store([...quads]));
  }

  /** An n3 Store of the quads (rdf-validate-shacl's data), built on first use when another index was given. */
  get store(): Store {
    this.n3 ??= new Store([...this.quads]);
    return this.n3;
  }

  /** The objects of (s, p, ?), sorted, without duplicates across graphs. */
  objects(subject: Term, predicate: NamedNode): Term[] {
    return unique(this.index.getObjects(subject, predicate, null));
  }

  /** The subjects of (?, p, o), sorted, without duplicates across graphs. */
  subjects(predicate: NamedNode, object: Term): Term[] {
    return unique(this.index.getSubjects(predicate, object, null));
  }

  /** The quads about `subject` (any graph), sorted by predicate and object. */
  about(subject: Term): Quad[] {
    return this.index
      .getQuads(subject, null, null, null)
      .sort((a, b) => naturalCompare(a.predicate.value, b.predicate.value) || byValue(a.object, b.object));
  }

  /** The nodes typed with any of `classes`, sorted, without duplicates. */
  instances(...classes: NamedNode[]): Term[] {
    return unique(classes.flatMap((c) => this.index.getSubjects(rdf.type, c, null)));
  }
}

function unique(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) seen.set(`${t.termType}|${t.value}|${t.termType === 'Literal' ? `${t.language}|${t.datatype.value}` : ''}`, t);
  return [...seen.values()].sort(byValue);
}
