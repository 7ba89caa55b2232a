// The one adapter importing @comunica/query-sparql: one engine, loaded and created lazily on first use, read-only.
import type { QueryEngine } from '@comunica/query-sparql';
import type { Quad, Store, Term } from './factory.js';
import { documentLoader } from './jsonld.js';

/** Any RDF/JS source: quads by pattern (a stream or an array of them), optionally counted. */
export interface PatternSource {
  match(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): unknown;
  countQuads?(s?: Term | null, p?: Term | null, o?: Term | null, g?: Term | null): number;
}

/** What Comunica may query: an in-memory store or other RDF/JS source, the URL of an RDF document, or a SPARQL endpoint. */
export type EngineSource = Store | PatternSource | string | { type: 'sparql'; value: string };

export type QueryResult =
  | { kind: 'bindings'; variables: string[]; rows: ReadonlyMap<string, Term>[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'quads'; quads: Quad[] };

/** Thrown for a query that does not parse (or is an update); the message is the parser's. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
}

let engine: Promise<QueryEngine> | undefined;

/** The one QueryEngine; the module (large) is imported on first use so `lodscribe --help` stays fast. */
function getEngine(): Promise<QueryEngine> {
  engine ??= import('@comunica/query-sparql').then((m) => new m.QueryEngine());
  return engine;
}

const READ_ONLY = '@comunica/bus-query-operation:readOnly';

const JSONLD_LOADER = '@comunica/actor-rdf-parse-jsonld:documentLoader';

/** JSON-LD documents Comunica parses (a source URL, HTML with JSON-LD) get only bundled contexts, never fetched ones. */
const contextLoader = { load: async (url: string) => (await documentLoader(url)).document };

function context(sources: readonly EngineSource[]): Record<string, unknown> {
  return { sources: [...sources], unionDefaultGraph: true, [READ_ONLY]: true, [JSONLD_LOADER]: contextLoader };
}

/** A node of Comunica's SPARQL algebra, as plain data (`type` names the operation: project, service, from, ask, …). */
export interface AlgebraNode { readonly type?: string; readonly [key: string]: unknown }

const UPDATE = /^(?:compositeupdate|deleteinsert|load|clear|create|drop|add|move|copy)$/;

/** Whether a parsed operation is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, ADD, MOVE, COPY). */
export function isUpdate(operation: AlgebraNode): boolean {
  return UPDATE.test(operation.type ?? '');
}

/** The algebra Comunica's own SPARQL parser gives for `sparql`, without running it; QuerySyntaxError if it does not parse. */
export async function parseQuery(sparql: string): Promise<AlgebraNode> {
  const e = await getEngine();
  try {
    return ((await e.explain(sparql, { sources: [] }, 'parsed')) as unknown as { data: AlgebraNode }).data;
  } catch (err) {
    throw new QuerySyntaxError((err as Error).message);
  }
}

/** Parses `sparql` without running it; throws QuerySyntaxError for a syntax error or an update. */
export async function checkQuery(sparql: string): Promise<void> {
  const parsed = await parseQuery(sparql);
  if (isUpdate(parsed)) throw new QuerySyntaxError('updates are not allowed: lodscribe query only reads');
}

function variableNames(variables: readonly { variable?: { value: string }; value?: string }[]): string[] {
  return variables.map((v) => v.variable?.value ?? v.value ?? '');
}

interface Stream<T> extends AsyncIterable<T> { take(n: number): Stream<T>; toArray(): Promise<T[]>; destroy(): void }

type Solution = Iterable<[{ value: string }, unknown]>;

/** A solution as a plain map from variable name to term. */
const solutionRow = (b: Solution): ReadonlyMap<string, Term> => new Map([...b].map(([v, t]) => [v.value, t as Term]));

/** Every item of `stream`, or the first `max` and whether there were more (the stream is then destroyed). */
async function collect<T>(stream: Stream<T>, max: number): Promise<{ items: T[]; overflow: boolean }> {
  if (!Number.isFinite(max)) return { items: await stream.toArray(), overflow: false };
  const items = await stream.take(max + 1).toArray();
  stream.destroy();
  return { items: items.slice(0, max), overflow: items.length > max };
}

/** A QueryResult and whether the query had more than the `maxRows` solutions or triples it holds. */
export interface CappedResult { result: QueryResult; overflow: boolean }

type EngineResult = Awaited<ReturnType<QueryEngine['query']>>;

/** The engine's result for a checked, read-only query. */
async function started(sparql: string, sources: readonly EngineSource[]): Promise<EngineResult> {
  await checkQuery(sparql);
  const e = await getEngine();
  return e.query(sparql, context(sources) as never);
}

/** An ASK's answer or at most `maxRows` triples of a CONSTRUCT or DESCRIBE. */
async function settled(result: EngineResult, maxRows: number): Promise<CappedResult> {
  if (result.resultType === 'boolean') return { result: { kind: 'boolean', value: await result.execute() }, overflow: false };
  if (result.resultType === 'quads') {
    const { items, overflow } = await collect(await result.execute() as unknown as Stream<Quad>, maxRows);
    return { result: { kind: 'quads', quads: items }, overflow };
  }
  throw new QuerySyntaxError('updates are not allowed: lodscribe query only reads');
}

/**
 * Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query over `sources`, reading at most `maxRows` solutions or triples
 * (named graphs are unioned into the default graph).
 */
export async function executeQueryCapped(sparql: string, sources: readonly EngineSource[], maxRows = Infinity): Promise<CappedResult> {
  const result = await started(sparql, sources);
  if (result.resultType !== 'bindings') return settled(result, maxRows);
  const metadata = await result.metadata();
  const { items, overflow } = await collect(await result.execute() as unknown as Stream<Solution>, maxRows);
  return { result: { kind: 'bindings', variables: variableNames(metadata.variables as never), rows: items.map(solutionRow) }, overflow };
}

/** A SELECT's solutions as they arrive (`close` stops the query early), or any other query's whole result. */
export type OpenResult =
  | { kind: 'solutions'; variables: string[]; rows: AsyncIterable<ReadonlyMap<string, Term>>; close(): void }
  | QueryResult;

/** Starts a query over `sources`: a SELECT's solutions are read as they arrive, so the first can be written before the last. */
export async function openQuery(sparql: string, sources: readonly EngineSource[]): Promise<OpenResult> {
  const result = await started(sparql, sources);
  if (result.resultType !== 'bindings') return (await settled(result, Infinity)).result;
  const variables = variableNames((await result.metadata()).variables as never);
  const stream = await result.execute() as unknown as Stream<Solution>;
  async function* rows(): AsyncGenerator<ReadonlyMap<string, Term>> {
    for await (const b of stream) yield solutionRow(b);
  }
  return { kind: 'solutions', variables, rows: rows(), close: () => stream.destroy() };
}

/** Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query over `sources` (named graphs are unioned into the default graph). */
export async function executeQuery(sparql: string, sources: readonly EngineSource[]): Promise<QueryResult> {
  return (await executeQueryCapped(sparql, sources)).result;
}

type Serializer = (root: AlgebraNode) => string;
let serializer: Promise<Serializer> | undefined;

/** SPARQL text for an algebra tree, written the way Comunica writes the queries it sends to endpoints (traqula), on one line. */
export async function serializeQuery(root: AlgebraNode): Promise<string> {
  serializer ??= Promise.all([import('@traqula/algebra-sparql-1-2'), import('@traqula/generator-sparql-1-2'), import('@traqula/core')]).then(([algebra, generator, core]) => {
    // On one line: pretty-printed, 530 rows of VALUES took 30 ms to write instead of 6.
    const writer = new generator.Generator({ indentInc: 0, [core.traqulaIndentation]: -1 });
    return (node: AlgebraNode) => writer.generate(algebra.toAst(node as unknown as Parameters<typeof algebra.toAst>[0]));
  });
  return (await serializer)(root);
}

/** Every node of an algebra tree (operations, expressions, terms), each once. */
export function* algebraNodes(root: AlgebraNode): Generator<AlgebraNode> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else {
      yield value as AlgebraNode;
      stack.push(...Object.values(value));
    }
  }
}
