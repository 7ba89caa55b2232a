// Shapes graph → compiled SHACL Core checks that prove a record conforms in a fraction of an engine's time, or say "unsure".
import type { Quad, Term } from '../rdf/factory.js';
import { NS, rdf, rdfs, sh } from '../rdf/namespaces.js';
import { DataView, termKey } from './compiled-data.js';
import { all, COMPANIONS, COMPONENTS, type Check, type Params, type Verdict } from './compiled-components.js';

/** A path: one predicate, or a sequence of predicates. */
interface CompiledShape { path?: string[]; checks: Check[] }

/** The shapes graph read as subject → predicate → objects. */
class ShapesIndex {
  private readonly out = new Map<string, Map<string, Term[]>>();
  constructor(quads: readonly Quad[]) {
    for (const q of quads) {
      const s = termKey(q.subject);
      let byPredicate = this.out.get(s);
      if (!byPredicate) this.out.set(s, (byPredicate = new Map()));
      byPredicate.set(q.predicate.value, [...(byPredicate.get(q.predicate.value) ?? []), q.object]);
    }
  }
  of(node: Term): Map<string, Term[]> {
    return this.out.get(termKey(node)) ?? new Map();
  }
  /** The members of an RDF list, or undefined if it is not a well-formed one. */
  list(head: Term): Term[] | undefined {
    const members: Term[] = [];
    for (let node = head, n = 0; !node.equals(rdf.nil); n++) {
      const p = this.of(node);
      const first = p.get(rdf.first.value);
      const rest = p.get(rdf.rest.value);
      if (first?.length !== 1 || rest?.length !== 1 || n > 10_000) return undefined;
      members.push(first[0]!);
      node = rest[0]!;
    }
    return members;
  }
}

/** Thrown while compiling when the shapes use something the compiled checks do not do: the engines then always run. */
class Unsupported extends Error {}

/**
 * SHACL Core compiled for the shapes lodscribe ships: `conforms(quads)` is true only when no shape has a result on the
 * data (the engines would report nothing); false or undefined when something may be wrong, and the engines must run.
 * `compileShapes` returns undefined for shapes using anything beyond the components in compiled-components.ts.
 */
export class CompiledShapes {
  private readonly compiled = new Map<string, CompiledShape>();
  private readonly targets: [Term, string[]][] = [];

  private constructor(private readonly index: ShapesIndex, quads: readonly Quad[]) {
    const targeted = new Map<string, Term>();
    for (const q of quads) {
      if (q.predicate.value.startsWith(NS.sh) && !COMPONENTS.has(q.predicate.value) && !COMPANIONS.has(q.predicate.value) && !STRUCTURE.has(q.predicate.value)) {
        throw new Unsupported(q.predicate.value);
      }
      if (q.predicate.equals(rdf.type) && q.object.equals(rdfs.Class)) throw new Unsupported('a shape that is a class (an implicit target)');
      if (q.predicate.equals(sh.targetClass)) targeted.set(termKey(q.subject), q.subject);
    }
    for (const shape of targeted.values()) {
      this.shape(shape);
      this.targets.push([shape, (this.index.of(shape).get(sh.targetClass.value) ?? []).map((c) => c.value)]);
    }
  }

  static compile(quads: readonly Quad[]): CompiledShapes | undefined {
    try {
      return new CompiledShapes(new ShapesIndex(quads), quads);
    } catch (e) {
      if (e instanceof Unsupported) return undefined;
      throw e;
    }
  }

  /** Whether the record's quads (all its graphs as one) conform to every targeted shape; undefined when unsure. */
  conforms(quads: Iterable<Quad>): Verdict {
    const data = new DataView(quads);
    if (data.hasSubclasses) return undefined;
    return all(this.targets, ([shape, classes]) => all(classes.flatMap((c) => data.instances(c)), (focus) => this.check(shape, focus, data)));
  }

  private check(shape: Term, focus: Term, data: DataView): Verdict {
    const compiled = this.compiled.get(termKey(shape));
    if (!compiled) return undefined;
    const values = compiled.path === undefined ? [focus] : data.follow(focus, compiled.path);
    return all(compiled.checks, (c) => c(values, focus, data));
  }

  private shape(shape: Term): void {
    const key = termKey(shape);
    if (this.compiled.has(key)) return;
    const p = this.index.of(shape);
    const entry: CompiledShape = { checks: [] };
    this.compiled.set(key, entry);
    if (p.get(sh.deactivated.value)?.some((d) => d.value === 'true')) return;
    const path = p.get(sh.path.value);
    if (path) {
      const steps = path.length !== 1 ? undefined : path[0]!.termType === 'NamedNode' ? [path[0]!] : this.index.list(path[0]!);
      if (!steps?.length || steps.some((t) => t.termType !== 'NamedNode')) throw new Unsupported('a path that is not an IRI or a sequence of IRIs');
      entry.path = steps.map((t) => t.value);
    }
    const params: Params = {
      one: (parameter) => p.get(parameter.value)?.[0],
      list: (head) => this.list(head),
      conforms: (s, focus, data) => this.check(s, focus, data),
    };
    for (const [parameter, objects] of p) {
      const component = COMPONENTS.get(parameter);
      if (!component) continue;
      for (const value of objects) {
        const check = component(value, params);
        if (!check) throw new Unsupported(parameter);
        entry.checks.push(check);
        for (const s of SHAPE_VALUED.has(parameter) ? (SHAPE_LISTS.has(parameter) ? this.list(value) ?? [] : [value]) : []) this.shape(s);
      }
    }
  }

  private list(head: Term): Term[] | undefined {
    const members = this.index.list(head);
    if (!members) throw new Unsupported('a malformed list');
    return members;
  }
}

/** sh: terms that are classes or structure, not constraints. */
const STRUCTURE: ReadonlySet<string> = new Set([sh.NodeShape, sh.PropertyShape, sh.Shape, sh.IRI, sh.Literal, sh.BlankNode, sh.BlankNodeOrIRI, sh.BlankNodeOrLiteral, sh.IRIOrLiteral, sh.Violation, sh.Warning, sh.Info].map((t) => t.value));
const SHAPE_VALUED: ReadonlySet<string> = new Set([sh.or, sh.node, sh.property, sh.qualifiedValueShape].map((t) => t.value));
const SHAPE_LISTS: ReadonlySet<string> = new Set([sh.or.value]);

export function compileShapes(quads: readonly Quad[]): CompiledShapes | undefined {
  return CompiledShapes.compile(quads);
}
