// The one adapter around rdf-validate-shacl: compile shapes once, run them over a graph, stop between focus nodes at a deadline.
import SHACLValidator from 'rdf-validate-shacl';
import { Store, type DatasetCore, type Quad, type Term } from './factory.js';

/** One result as the engine reports it (nested sh:detail results are left out). */
export interface ShaclResult {
  severity: Term;
  focusNode: Term;
  path: Term | null;
  value: Term | null;
  component: Term;
  shape: Term;
  message: string;
}

export interface ShaclRun {
  results: ShaclResult[];
  /** True when `expired()` stopped the run before every focus node of every shape was checked. */
  stopped: boolean;
  /** How many (focus node, shape) checks ran. */
  checks: number;
}

type Pointer = SHACLValidator['$data'];

type Pattern = [Term | null, Term | null, Term | null, Term | null];

/**
 * A read-only RDF/JS DatasetCore over an n3 Store. The engine calls `match` for every value it looks up; here a
 * match is a lazy view on the store's indexes instead of a copied dataset or a stream, which makes validation
 * several times faster and keeps garbage low.
 */
class StoreView implements DatasetCore {
  constructor(
    private readonly store: Store,
    private readonly pattern: Pattern = [null, null, null, null],
    private readonly empty = false,
  ) {}

  get size(): number {
    return this.empty ? 0 : this.store.countQuads(...this.pattern);
  }

  [Symbol.iterator](): Iterator<Quad> {
    return (this.empty ? [] : this.store.readQuads(...this.pattern))[Symbol.iterator]();
  }

  match(...terms: (Term | null | undefined)[]): StoreView {
    const pattern = this.pattern.map((own, i) => own ?? terms[i] ?? null) as Pattern;
    const conflict = this.pattern.some((own, i) => own !== null && terms[i] != null && !own.equals(terms[i] ?? null));
    return new StoreView(this.store, pattern, this.empty || conflict);
  }

  has(q: Quad): boolean {
    const parts = [q.subject, q.predicate, q.object, q.graph];
    return !this.empty && this.pattern.every((t, i) => t === null || t.equals(parts[i] ?? null)) && this.store.has(q);
  }

  add(): this {
    throw new Error('read-only dataset');
  }

  delete(): this {
    throw new Error('read-only dataset');
  }
}

/**
 * A compiled shapes graph. `run` drives rdf-validate-shacl's engine shape by shape and focus node by focus node
 * (what its own `validate` does in one uninterruptible call), asking `expired()` before each focus node: the
 * deadline is checked between focus nodes, never inside one node's check. Runs are synchronous, so one engine
 * may serve any number of records one after the other.
 */
export class ShaclEngine {
  private readonly validator: SHACLValidator;

  constructor(shapes: readonly Quad[]) {
    // maxNodeChecks 0: no per-(node, shape) counter, which only guards recursive shapes (the project has none).
    const options = { maxNodeChecks: 0 } as ConstructorParameters<typeof SHACLValidator>[1];
    this.validator = new SHACLValidator(new Store([...shapes]), options);
    // The engine reads shapes and data through clownface; StoreView answers its many `match` calls cheaply.
    this.validator.$shapes = this.validator.factory.clownface({ dataset: new StoreView(new Store([...shapes])) });
    this.compile();
  }

  /** Builds every shape now, so that a constraint the engine cannot run fails at load time, not per record. */
  private compile(): void {
    const graph = this.validator.shapesGraph;
    for (const node of graph.shapeNodesWithConstraints) {
      for (const constraint of graph.getShape(node).constraints) {
        const component = constraint.component.node.value;
        if (!constraint.validate && !component.endsWith('#PropertyConstraintComponent')) {
          throw new Error(`rdf-validate-shacl cannot run ${component} (shape ${node.value})`);
        }
      }
    }
  }

  /** Validates the quads of `data` (all its graphs as one); `expired()` is asked before each focus node. */
  run(data: Store, expired: () => boolean): ShaclRun {
    const v = this.validator;
    const engine = v.validationEngine.clone();
    v.validationEngine = engine;
    const graph: Pointer = v.factory.clownface({ dataset: new StoreView(data) });
    v.$data = graph;
    let stopped = false;
    let checks = 0;
    outer: for (const shape of v.shapesGraph.shapesWithTarget) {
      for (const focusNode of shape.getTargetNodes(graph)) {
        if (expired()) {
          stopped = true;
          break outer;
        }
        engine.validateNodeAgainstShape(focusNode, shape, graph);
        checks++;
      }
    }
    return { results: engine.getReport().results.map(toResult), stopped, checks };
  }
}

function toResult(r: ReturnType<SHACLValidator['validationEngine']['getReport']>['results'][number]): ShaclResult {
  return {
    severity: r.severity,
    focusNode: r.focusNode,
    path: r.path ?? null,
    value: r.value ?? null,
    component: r.sourceConstraintComponent,
    shape: r.sourceShape,
    message: r.message.map((m) => m.value).join('; '),
  };
}
