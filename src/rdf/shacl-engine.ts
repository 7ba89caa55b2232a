// The adapter around shacl-engine, the second SHACL engine: the same shapes and data, results in the ShaclResult form.
import { Validator } from 'shacl-engine';
import { rdfjsFactory, Store, type DatasetCore, type Quad, type Term } from './factory.js';
import { NS } from './namespaces.js';
import type { ShaclResult } from './shacl.js';

const MARK: Record<string, string> = { one: '', oneOrMore: '+', zeroOrMore: '*', zeroOrOne: '?' };

/** A result's path as SPARQL path text with `<iri>`s, as validate/paths.ts spells rdf-validate-shacl's (a plain IRI bare). */
export function enginePathText(steps: readonly { quantifier: string; start: string; predicates: Term[] }[]): string {
  const step = (s: { quantifier: string; start: string; predicates: Term[] }) => {
    const inner = s.predicates.length > 1 ? `(${s.predicates.map((p) => `<${p.value}>`).join('|')})` : `<${s.predicates[0]?.value ?? ''}>`;
    return `${s.start === 'object' ? '^' : ''}${inner}${MARK[s.quantifier] ?? ''}`;
  };
  if (steps.length === 1 && steps[0]!.quantifier === 'one' && steps[0]!.start === 'subject' && steps[0]!.predicates.length === 1) {
    return steps[0]!.predicates[0]!.value;
  }
  return steps.length === 1 ? step(steps[0]!) : `(${steps.map(step).join('/')})`;
}

export type EngineResult = Omit<ShaclResult, 'path'> & { path: string | null };

const TARGETS = ['targetClass', 'targetNode', 'targetObjectsOf', 'targetSubjectsOf', 'target'].map((t) => `${NS.sh}${t}`);

/** shacl-engine compiled once over the shapes; `run` validates all graphs of `data` as one, shape by shape. */
export class ShaclEngineValidator {
  private readonly validator: Validator;
  private readonly targeted: Term[];

  constructor(shapes: readonly Quad[]) {
    this.validator = new Validator(new Store([...shapes]), { factory: rdfjsFactory });
    const seen = new Map<string, Term>();
    for (const q of shapes) if (TARGETS.includes(q.predicate.value)) seen.set(`${q.subject.termType}:${q.subject.value}`, q.subject);
    this.targeted = [...seen.values()];
  }

  /** Every result; `expired()` is asked before each shape with a target (null: stopped, results unknown). */
  async run(data: DatasetCore, expired: () => boolean = () => false): Promise<EngineResult[] | null> {
    const results: EngineResult[] = [];
    for (const shape of this.targeted) {
      if (expired()) return null;
      results.push(...(await this.validateShape(data, shape)));
    }
    return results;
  }

  private async validateShape(data: DatasetCore, shape: Term): Promise<EngineResult[]> {
    const report = await this.validator.validate({ dataset: data }, [{ terms: [shape as never] }]);
    // shacl-engine builds its terms with the factory it was given (n3's), so they are the project's RDF/JS terms.
    const t = (term: unknown) => term as Term;
    return report.results.map((r) => ({
      severity: t(r.severity), focusNode: t(r.focusNode.term), value: r.value ? t(r.value.term) : null, component: t(r.constraintComponent),
      path: r.path ? enginePathText(r.path.map((s) => ({ ...s, predicates: s.predicates.map(t) }))) : null,
      shape: t(r.shape.ptr.term), message: r.message.map((m) => m.value).join('; '),
    }));
  }
}
