// A light read-only RDF/JS dataset over an array of quads, indexed by subject, predicate and IRI object: cheaper to build than an n3 Store.
import type { DatasetCore, Quad, Term } from './factory.js';

type Pattern = [Term | null | undefined, Term | null | undefined, Term | null | undefined, Term | null | undefined];

const key = (t: Term): string => (t.termType === 'NamedNode' ? t.value : `${t.termType}\u0000${t.value}`);

function matches(q: Quad, [s, p, o, g]: Pattern): boolean {
  return (!s || q.subject.equals(s)) && (!p || q.predicate.equals(p)) && (!o || q.object.equals(o)) && (!g || q.graph.equals(g));
}

/** The quads of one match: iterable, countable, matchable again. */
class QuadList implements DatasetCore {
  constructor(private readonly quads: readonly Quad[]) {}
  get size(): number {
    return this.quads.length;
  }
  [Symbol.iterator](): Iterator<Quad> {
    return this.quads[Symbol.iterator]();
  }
  match(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): QuadList {
    return new QuadList(this.quads.filter((q) => matches(q, [s, p, o, g])));
  }
  has(q: Quad): boolean {
    return this.quads.some((x) => x.equals(q));
  }
  add(): this {
    throw new Error('read-only dataset');
  }
  delete(): this {
    throw new Error('read-only dataset');
  }
}

function push(map: Map<string, Quad[]>, k: string, q: Quad): void {
  const list = map.get(k);
  if (list) list.push(q);
  else map.set(k, [q]);
}

/** Quads (without duplicates, as the pipeline makes them) indexed once; `match` picks the most selective index. */
export class QuadIndex extends QuadList {
  private readonly bySubject = new Map<string, Quad[]>();
  private readonly byPredicate = new Map<string, Quad[]>();
  private readonly byObject = new Map<string, Quad[]>();

  constructor(private readonly all: readonly Quad[]) {
    super(all);
    for (const q of all) {
      push(this.bySubject, key(q.subject), q);
      push(this.byPredicate, key(q.predicate), q);
      if (q.object.termType !== 'Literal') push(this.byObject, key(q.object), q);
    }
  }

  override match(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): QuadList {
    const pattern: Pattern = [s, p, o, g];
    const candidates = s ? this.bySubject.get(key(s)) : o && o.termType !== 'Literal' ? this.byObject.get(key(o)) : p ? this.byPredicate.get(key(p)) : this.all;
    return new QuadList((candidates ?? []).filter((q) => matches(q, pattern)));
  }

  /** The n3 Store calls validate/graph.ts makes. */
  getQuads(s: Term | null, p: Term | null, o: Term | null, g: Term | null): Quad[] {
    return [...this.match(s, p, o, g)];
  }
  getObjects(s: Term | null, p: Term | null, g: Term | null): Term[] {
    return this.getQuads(s, p, null, g).map((q) => q.object);
  }
  getSubjects(p: Term | null, o: Term | null, g: Term | null): Term[] {
    return this.getQuads(null, p, o, g).map((q) => q.subject);
  }
}
