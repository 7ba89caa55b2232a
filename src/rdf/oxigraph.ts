// An N-Quads file → an embedded Oxigraph store (WebAssembly, in this thread); SPARQL and patterns over it → results.
import { extname } from 'node:path';
import type * as Ox from 'oxigraph';
import type { Quad, Term } from './factory.js';
import { NS, rdf } from './namespaces.js';
import { DatatypeScan, lineChunks } from './oxigraph-scan.js';
import { plainQuad, type TypedPredicates } from './oxigraph-terms.js';
import { XSD_TERMS } from './vocab/terms.js';

type OxModule = typeof Ox;
let loaded: Promise<OxModule> | undefined;

/** The oxigraph module (its WebAssembly is compiled on first use, so commands that never query stay fast). */
function oxigraph(): Promise<OxModule> {
  loaded ??= import('oxigraph').then((m) => (m as unknown as { default?: OxModule }).default ?? (m as unknown as OxModule));
  return loaded;
}

const FORMATS: Readonly<Record<string, string>> = { '.nq': 'application/n-quads', '.nt': 'application/n-triples' };

/** The XSD datatypes (local names) whose literals Oxigraph's store keeps under another datatype (xsd:int → xsd:integer). */
function rewrittenDatatypes(ox: OxModule): Set<string> {
  const store = new ox.Store();
  const subject = ox.blankNode();
  for (const name of XSD_TERMS) store.add(ox.quad(subject, ox.namedNode(rdf.value.value), ox.literal('1', ox.namedNode(NS.xsd + name))));
  const kept = new Set(store.match().map((q) => (q.object as Ox.Literal).datatype.value));
  return new Set(XSD_TERMS.filter((name) => !kept.has(NS.xsd + name)));
}

/** The dataset does not fit in the embedded store's memory (WebAssembly: 4 GiB, whatever the machine has). */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
  constructor(file: string, cause: Error) {
    super(`${file} does not fit in the embedded store (its WebAssembly memory ends at 4 GiB, some 11 million quads; it stopped with "${cause.message}"): publish the output to a SPARQL store (lodscribe publish) and query that with --source sparql@<endpoint>`);
  }
}

/** What a query is, so that the store is asked for the right kind of answer. */
export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

/** A SELECT as SPARQL 1.1 Results JSON text, ASK as a boolean, CONSTRUCT / DESCRIBE as N-Triples text. */
export type StoreAnswer = { kind: 'json'; text: string } | { kind: 'boolean'; value: boolean } | { kind: 'ntriples'; text: string };

export class EmbeddedStore {
  private constructor(
    private readonly store: Ox.Store,
    /** Predicates whose literal objects the store gives as xsd:integer but the file typed otherwise (e.g. xsd:nonNegativeInteger). */
    readonly typedPredicates: TypedPredicates,
  ) {}

  /**
   * Loads an N-Quads (or N-Triples) file a few MiB at a time, without transactions (nothing else sees the store while it
   * loads), noting which predicates carry datatypes that the store rewrites. The store lives in this thread's
   * WebAssembly memory, which ends at 4 GiB: about 350 bytes a quad, so some 11 million quads (10 million measured).
   * `onRead` is told the bytes of each piece once the store has taken it in (for progress).
   */
  static async load(file: string, onRead?: (bytes: number) => void): Promise<EmbeddedStore> {
    const format = FORMATS[extname(file).toLowerCase()];
    if (!format) throw new Error(`the embedded store reads N-Quads (.nq) or N-Triples (.nt) only, not ${file}`);
    const ox = await oxigraph();
    const rewritten = rewrittenDatatypes(ox);
    const scan = new DatatypeScan(new Set([...rewritten, 'integer']));
    const store = new ox.Store();
    function* scanned(): Generator<Buffer> {
      for (const chunk of lineChunks(file)) {
        scan.add(chunk);
        yield chunk;
        onRead?.(chunk.length);
      }
    }
    try {
      store.load(scanned(), { format, no_transaction: true });
    } catch (e) {
      if (e instanceof Error && e.name === 'RuntimeError') throw new StoreFullError(file, e);
      throw new Error(`${file} cannot be loaded: ${(e as Error).message}`);
    }
    return new EmbeddedStore(store, scan.result(rewritten));
  }

  get size(): number {
    return this.store.size;
  }

  /** Runs a read-only query (`union`: the default graph is the union of all graphs, unless the query names its dataset). */
  query(sparql: string, form: QueryForm, union: boolean): StoreAnswer {
    const options = { use_default_graph_as_union: union };
    if (form === 'ask') return { kind: 'boolean', value: this.store.query(sparql, options) as boolean };
    if (form === 'select') return { kind: 'json', text: this.store.query(sparql, { ...options, results_format: 'application/sparql-results+json' }) as string };
    return { kind: 'ntriples', text: this.store.query(sparql, { ...options, results_format: 'application/n-triples' }) as string };
  }

  /** The quads matching a pattern (null: any), as plain terms with their datatypes as the file had them. */
  match(s: Term | null, p: Term | null, o: Term | null, g: Term | null = null): Quad[] {
    const found = this.store.match(s as Ox.Term | null, p as Ox.Term | null, o as Ox.Term | null, g as Ox.Term | null);
    return found.map((q) => plainQuad(q, this.typedPredicates));
  }

  /** The number of quads matching a pattern. */
  count(s: Term | null, p: Term | null, o: Term | null, g: Term | null = null): number {
    return this.store.match(s as Ox.Term | null, p as Ox.Term | null, o as Ox.Term | null, g as Ox.Term | null).length;
  }

  /** The values of the one variable a static SELECT query projects (no data is ever put into the query text). */
  values(sparql: string): string[] {
    const text = this.store.query(sparql, { use_default_graph_as_union: true, results_format: 'application/sparql-results+json' }) as string;
    const json = JSON.parse(text) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    const [name = ''] = json.head.vars;
    return json.results.bindings.flatMap((b) => (b[name] ? [b[name].value] : []));
  }
}
