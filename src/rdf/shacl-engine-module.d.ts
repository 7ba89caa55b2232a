// Types for the parts of shacl-engine (no bundled types) that src/rdf/shacl-engine.ts uses.
declare module 'shacl-engine' {
  /** An RDF/JS term (src/rdf/shacl-engine.ts reads results as the project's Term type). */
  interface Term { termType: string; value: string }
  type DatasetCore = object;
  interface Pointer { term: Term }
  interface PathStep { quantifier: 'one' | 'oneOrMore' | 'zeroOrMore' | 'zeroOrOne'; start: 'subject' | 'object'; end: string; predicates: Term[] }
  interface EngineResult {
    severity: Term;
    focusNode: Pointer;
    path?: PathStep[] | null;
    value?: Pointer | null;
    constraintComponent: Term;
    shape: { ptr: Pointer };
    message: { value: string }[];
  }
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; debug?: boolean; details?: boolean });
    validate(data: { dataset: DatasetCore }, shapes?: { terms: Term[] }[]): Promise<{ conforms: boolean; results: EngineResult[] }>;
  }
}
