// SHACL on the same shapes and data with both engines: rdf-validate-shacl (the pipeline's) and shacl-engine; times and results.
import { Store, type Quad, type Term } from '../src/rdf/factory.js';
import { ShaclEngine } from '../src/rdf/shacl.js';
import { ShaclEngineValidator } from '../src/rdf/shacl-engine.js';
import { loadShapes, validateRecordFast, type Shapes } from '../src/stages/validate.js';
import { pathText } from '../src/validate/paths.js';

const termKey = (t: Term | null): string =>
  t === null ? '' : t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType}:${t.value}`;

/** Results as sorted lines (severity, focus node, path, component, shape, value): what both engines must agree on. */
export function resultLines(results: { severity: Term; focusNode: Term; path: string | null; component: Term; shape: Term; value: Term | null }[]): string[] {
  return results.map((r) => [r.severity.value, termKey(r.focusNode), r.path ?? '', r.component.value, termKey(r.shape), termKey(r.value)].join(' | ')).sort();
}

/** rdf-validate-shacl's results over `data`, paths spelled as shacl-engine's are. */
export function rdfValidateShaclLines(shapes: Shapes, engine: ShaclEngine, data: Store): string[] {
  return resultLines(engine.run(data, () => false).results.map((r) => ({ ...r, path: r.path ? pathText(shapes.graph, r.path) : null })));
}

/** The record graph and the shared-entity quads reachable from it (what the pipeline validates together). */
export function withEntities(graph: Quad[], bySubject: Map<string, Quad[]>): Quad[] {
  const out = [...graph];
  const seen = new Set<string>();
  const todo = graph.filter((q) => q.object.termType === 'NamedNode').map((q) => q.object.value);
  for (let s = todo.pop(); s !== undefined; s = todo.pop()) {
    if (seen.has(s)) continue;
    seen.add(s);
    for (const q of bySubject.get(s) ?? []) {
      out.push(q);
      if (q.object.termType === 'NamedNode') todo.push(q.object.value);
    }
  }
  return out;
}

export async function shaclBaseline(graphs: Quad[][], entityQuads: Quad[]): Promise<Record<string, number | boolean>> {
  const shapes = loadShapes();
  const other = new ShaclEngineValidator(shapes.quads);
  const bySubject = new Map<string, Quad[]>();
  for (const q of entityQuads) {
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q);
    else bySubject.set(q.subject.value, [q]);
  }
  let ours = 0;
  let theirs = 0;
  let pipeline = 0;
  let same = true;
  for (const [i, g] of graphs.entries()) {
    const data = withEntities(g, bySubject);
    const store = new Store(data);
    let t = performance.now();
    const outcome = await validateRecordFast(data, shapes, { recordId: `bench-${i}` });
    pipeline += performance.now() - t;
    t = performance.now();
    const a = rdfValidateShaclLines(shapes, shapes.engine, store);
    ours += performance.now() - t;
    t = performance.now();
    const b = resultLines((await other.run(store)) ?? []);
    theirs += performance.now() - t;
    if (a.join('\n') !== b.join('\n')) same = false;
    if (a.length > 0 && outcome.conforms) same = false;
  }
  return {
    shaclGraphs: graphs.length, rdfValidateShaclSeconds: ours / 1000, shaclEngineSeconds: theirs / 1000,
    shaclEngineSpeedup: theirs > 0 ? ours / theirs : 0, shaclSameResults: same,
    // What the pipeline runs (compiled checks, then the engines for anything unsure), against the faster engine.
    lodscribeValidateSeconds: pipeline / 1000, lodscribeVsFasterEngine: pipeline > 0 ? Math.min(ours, theirs) / pipeline : 0,
  };
}
