// The served dataset: a worker's embedded store of the output's dataset.nq, with the look-ups the pages need.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { namedNode, type NamedNode, type Quad, type Term } from '../rdf/factory.js';
import { DEFAULT_BASE, WIKIDATA_URI_SPACE, crm, rdf, voidNs } from '../rdf/namespaces.js';
import type { EmbeddedStore } from '../rdf/oxigraph.js';
import { parseRdf } from '../rdf/parse.js';
import { VOID_FILE } from '../write/layout.js';
import { PathMap } from './paths.js';

/** The base IRI the output says it mints under (void.ttl's `void:uriSpace`), else DEFAULT_BASE. */
export function baseOf(outDir: string): string {
  const file = join(outDir, VOID_FILE);
  if (!existsSync(file)) return DEFAULT_BASE;
  const quads = parseRdf(readFileSync(file, 'utf8'), 'turtle');
  const spaces = quads.filter((q) => q.predicate.equals(voidNs.uriSpace) && q.object.value !== WIKIDATA_URI_SPACE);
  const main = spaces.find((q) => quads.some((s) => s.subject.equals(q.subject) && s.predicate.equals(voidNs.subset)));
  return (main ?? spaces[0])?.object.value ?? DEFAULT_BASE;
}

const LANGUAGE_ORDER = (t: Term): number => (t.termType !== 'Literal' ? 3 : t.language === 'en' ? 0 : t.language === '' ? 1 : 2);

/** Static queries (no data in their text) that list what the path map and the graph checks need. */
const NAMED_GRAPHS = 'SELECT ?g WHERE { GRAPH ?g { } FILTER (isIRI(?g)) }';
const SUBJECTS = 'SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER (isIRI(?s)) }';

export class ServedData {
  private readonly subjects: string[];
  private readonly graphs: Set<string>;

  private constructor(
    private readonly embedded: EmbeddedStore,
    readonly paths: PathMap,
  ) {
    this.graphs = new Set(embedded.values(NAMED_GRAPHS));
    const under = embedded.values(SUBJECTS).filter((s) => s.startsWith(paths.base));
    for (const g of this.graphs) paths.add(g);
    for (const iri of under) paths.add(iri);
    this.subjects = under.sort();
  }

  /** The look-ups over a store already loaded (a query worker's), for IRIs under `base`. */
  static over(embedded: EmbeddedStore, base: string): ServedData {
    return new ServedData(embedded, new PathMap(base));
  }

  /** The named graphs' IRIs. */
  graphIris(): string[] {
    return [...this.graphs];
  }

  get base(): string {
    return this.paths.base;
  }

  node(iri: string): NamedNode {
    return namedNode(iri);
  }

  quads(s: string | null, p: NamedNode | null, o: Term | null, g: string | null = null): Quad[] {
    return this.embedded.match(s === null ? null : this.node(s), p, o, g === null ? null : this.node(g));
  }

  objects(s: string, p: NamedNode, g: string | null = null): Term[] {
    return this.quads(s, p, null, g).map((q) => q.object);
  }

  /** Literal values of `s p`, English first, then untagged, then others; duplicates removed. */
  texts(s: string, p: NamedNode): string[] {
    const literals = this.objects(s, p).filter((t) => t.termType === 'Literal');
    return [...new Set(literals.sort((a, b) => LANGUAGE_ORDER(a) - LANGUAGE_ORDER(b)).map((t) => t.value))];
  }

  text(s: string, p: NamedNode): string | undefined {
    return this.texts(s, p)[0];
  }

  iris(s: string, p: NamedNode, g: string | null = null): string[] {
    return [...new Set(this.objects(s, p, g).filter((t) => t.termType === 'NamedNode').map((t) => t.value))].sort();
  }

  subjectsWith(p: NamedNode, o: string): string[] {
    return [...new Set(this.quads(null, p, this.node(o)).map((q) => q.subject.value))].sort();
  }

  hasType(s: string, type: NamedNode): boolean {
    return this.quads(s, rdf.type, type).length > 0;
  }

  isGraph(iri: string): boolean {
    return this.graphs.has(iri);
  }

  isRecord(iri: string): boolean {
    return this.hasType(iri, crm.E31_Document);
  }

  /** The graph holding a record's own triples (where it is typed a document). */
  graphOf(record: string): string | undefined {
    return this.quads(record, rdf.type, crm.E31_Document).find((q) => q.graph.termType === 'NamedNode')?.graph.value;
  }

  /** Every record, in IRI order. */
  records(): string[] {
    return [...new Set(this.quads(null, rdf.type, crm.E31_Document).map((q) => q.subject.value))].sort();
  }

  /** The IRIs under `iri` + "/" that are subjects (its parts: `…/name/1`, `…/turn/3/position`). */
  parts(iri: string): string[] {
    const prefix = `${iri}/`;
    let lo = 0;
    let hi = this.subjects.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.subjects[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.subjects.length && (this.subjects[i] ?? '').startsWith(prefix); i++) out.push(this.subjects[i] ?? '');
    return out;
  }
}
