// Test helper: an in-memory quad store that executes the SPARQL and Graph Store requests lodscribe sends (SPARQL parsed by traqula).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser as SparqlParser } from '@traqula/parser-sparql-1-1';
import { literal, namedNode, quad, type NamedNode, type Quad, type QuadObject } from '../../src/rdf/factory.js';
import { nQuadLine, parseRdf } from '../../src/rdf/serialize.js';

interface AstTerm { type: 'term'; subType: string; value: string; langOrIri?: string | AstTerm }
interface AstTriple { subject: AstTerm; predicate: AstTerm; object: AstTerm }
interface GraphRef { graph?: AstTerm }
interface Block { graph: AstTerm; triples: { triples: AstTriple[] } }
interface Bind { subType: string; variable?: AstTerm; expression?: { operator?: string; args?: AstTerm[] } }
interface AstOperation { subType: string; destination?: GraphRef; source?: GraphRef; data?: Block[]; insert?: Block[]; where?: { patterns: Bind[] } }
interface AstPattern { subType: string; name?: AstTerm }
interface AstQuery { type: 'query' | 'update'; subType?: string; where?: { patterns: AstPattern[] }; datasets?: { clauses: { clauseType: string; value: AstTerm }[] }; updates?: { operation: AstOperation }[] }

export class BadRequest extends Error {}

const sparql = new SparqlParser();

/** Parses one SPARQL request; throws BadRequest unless it is exactly one query or one update operation. */
export function parseOne(text: string): AstQuery {
  let ast: AstQuery;
  try {
    ast = sparql.parse(text) as unknown as AstQuery;
  } catch (e) {
    throw new BadRequest(`parse error: ${(e as Error).message.slice(0, 200)}`);
  }
  if (ast.type === 'update' && ast.updates?.length !== 1) throw new BadRequest(`expected one operation, got ${ast.updates?.length ?? 0}`);
  return ast;
}

function term(t: AstTerm): NamedNode | QuadObject {
  if (t.subType === 'namedNode') return namedNode(t.value);
  if (t.subType !== 'literal') throw new BadRequest(`unexpected ${t.subType} in data`);
  if (t.langOrIri === undefined) return literal(t.value);
  return typeof t.langOrIri === 'string' ? literal(t.value, t.langOrIri) : literal(t.value, namedNode(t.langOrIri.value));
}

/** One triple as the exact N-Triples line the store keeps (the way Oxigraph keeps lexical forms). */
export function line(q: Quad): string {
  return nQuadLine(quad(q.subject as NamedNode, q.predicate as NamedNode, q.object as QuadObject));
}

export class MemoryStore {
  readonly graphs = new Map<string, Set<string>>();
  /** The file IRIs LOADed, in order. */
  readonly loads: string[] = [];
  mutations = 0;

  /** The graph's lines, sorted and joined (undefined when the graph does not exist). */
  snapshot(graph: string): string | undefined {
    const g = this.graphs.get(graph);
    return g === undefined || g.size === 0 ? undefined : [...g].sort().join('\n');
  }

  set(graph: string, lines: Iterable<string>): void {
    const set = new Set(lines);
    if (set.size === 0) this.graphs.delete(graph);
    else this.graphs.set(graph, set);
    this.mutations++;
  }

  /** Graph Store PUT: the body (N-Triples / Turtle) replaces the graph. */
  put(graph: string, body: string): void {
    this.set(graph, parseRdf(body, 'turtle').map(line));
  }

  /** Graph Store POST: the body's triples are added to the graph. */
  post(graph: string, body: string): void {
    this.set(graph, [...(this.graphs.get(graph) ?? []), ...parseRdf(body, 'turtle').map(line)]);
  }

  /** `SELECT ?g (COUNT(*) AS ?n) FROM NAMED <a> … WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`: a row per non-empty graph. */
  private counts(named: string[]): { type: string; body: string } {
    const bindings = named.filter((g) => (this.graphs.get(g)?.size ?? 0) > 0)
      .map((g) => ({ g: { type: 'uri', value: g }, n: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: String(this.graphs.get(g)?.size) } }));
    return { type: 'application/sparql-results+json', body: JSON.stringify({ head: { vars: ['g', 'n'] }, results: { bindings } }) };
  }

  /** Runs a query: COUNT of one graph or of several (SPARQL JSON), or CONSTRUCT of one graph (N-Triples). */
  query(text: string): { type: string; body: string } {
    const ast = parseOne(text);
    if (ast.type !== 'query') throw new BadRequest('not a query');
    const named = (ast.datasets?.clauses ?? []).filter((c) => c.clauseType === 'named').map((c) => c.value.value);
    if (named.length > 0) return this.counts(named);
    const graph = ast.where?.patterns.find((p) => p.subType === 'graph')?.name?.value;
    if (graph === undefined) throw new BadRequest('the fake store answers only queries over one named graph');
    const lines = [...(this.graphs.get(graph) ?? [])];
    if (ast.subType === 'select') {
      return { type: 'application/sparql-results+json', body: JSON.stringify({ head: { vars: ['n'] }, results: { bindings: [{ n: { type: 'literal', value: String(lines.length), datatype: 'http://www.w3.org/2001/XMLSchema#integer' } }] } }) };
    }
    return { type: 'application/n-triples', body: lines.map((l) => `${l}\n`).join('') };
  }

  /** Runs one update operation: DROP, INSERT DATA, MOVE, COPY or LOAD (atomically, as one step). */
  update(text: string): void {
    const ast = parseOne(text);
    const op = ast.updates?.[0]?.operation;
    if (ast.type !== 'update' || !op) throw new BadRequest('not an update');
    const graphOf = (r?: GraphRef): string => r?.graph?.value ?? '';
    switch (op.subType) {
      case 'drop': this.set(graphOf(op.destination), []); return;
      case 'insertdata': return this.insert(op.data ?? [], new Map());
      case 'modify': return this.insert(op.insert ?? [], binds(op));
      case 'move':
      case 'copy': {
        const source = [...(this.graphs.get(graphOf(op.source)) ?? [])];
        this.set(graphOf(op.destination), source);
        if (op.subType === 'move') this.set(graphOf(op.source), []);
        return;
      }
      case 'load': return this.load(op.source as unknown as AstTerm);
      default: throw new BadRequest(`unsupported operation ${op.subType}`);
    }
  }

  /** `LOAD <file:…>` of an N-Quads file, the way Virtuoso does it: each line goes to its own graph. */
  private load(source: AstTerm): void {
    if (!source.value.startsWith('file:')) throw new BadRequest(`the fake store LOADs only file: IRIs, not ${source.value}`);
    const byGraph = new Map<string, string[]>();
    for (const q of parseRdf(readFileSync(fileURLToPath(source.value), 'utf8'), 'n-quads')) {
      const lines = byGraph.get(q.graph.value) ?? byGraph.set(q.graph.value, []).get(q.graph.value);
      lines?.push(line(q));
    }
    for (const [graph, lines] of byGraph) this.set(graph, [...(this.graphs.get(graph) ?? []), ...lines]);
    this.loads.push(source.value);
  }

  private insert(blocks: Block[], bound: Map<string, AstTerm>): void {
    const value = (t: AstTerm): AstTerm => (t.subType === 'variable' ? (bound.get(t.value) ?? fail(`unbound ?${t.value}`)) : t);
    for (const block of blocks) {
      const existing = this.graphs.get(block.graph.value) ?? [];
      const added = block.triples.triples.map((t) => line(quad(term(t.subject) as NamedNode, term(t.predicate) as NamedNode, term(value(t.object)))));
      this.set(block.graph.value, [...existing, ...added]);
    }
  }
}

function fail(message: string): never {
  throw new BadRequest(message);
}

/** The variables of `WHERE { BIND(STRDT("lexical", <datatype>) AS ?v) … }` (all the fake store understands of WHERE). */
function binds(op: AstOperation): Map<string, AstTerm> {
  const out = new Map<string, AstTerm>();
  for (const b of op.where?.patterns ?? []) {
    const [lexical, datatype] = b.expression?.args ?? [];
    if (b.subType !== 'bind' || b.expression?.operator !== 'strdt' || !lexical || !datatype || !b.variable) fail('only BIND(STRDT(…)) is supported in WHERE');
    out.set(b.variable.value, { type: 'term', subType: 'literal', value: lexical.value, langOrIri: datatype });
  }
  return out;
}
