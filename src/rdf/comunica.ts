// The one adapter importing @comunica/query-sparql: one engine, loaded and created lazily on first use, read-only.
import type { QueryEngine } from '@comunica/query-sparql';
import type { Quad, Store, Term } from './factory.js';

/** What Comunica may query: an in-memory store, the URL of an RDF document, or a SPARQL endpoint. */
export type EngineSource = Store | string | { type: 'sparql'; value: string };

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

function context(sources: readonly EngineSource[]): Record<string, unknown> {
  return { sources: [...sources], unionDefaultGraph: true, [READ_ONLY]: true };
}

const UPDATE = /^(?:compositeupdate|deleteinsert|load|clear|create|drop|add|move|copy)$/;

/** Parses `sparql` without running it; throws QuerySyntaxError for a syntax error or an update. */
export async function checkQuery(sparql: string): Promise<void> {
  const e = await getEngine();
  let parsed: { data: { type?: string } };
  try {
    parsed = (await e.explain(sparql, { sources: [] }, 'parsed')) as unknown as { data: { type?: string } };
  } catch (err) {
    throw new QuerySyntaxError((err as Error).message);
  }
  if (UPDATE.test(parsed.data.type ?? '')) throw new QuerySyntaxError('updates are not allowed: lodscribe query only reads');
}

function variableNames(variables: readonly { variable?: { value: string }; value?: string }[]): string[] {
  return variables.map((v) => v.variable?.value ?? v.value ?? '');
}

/** Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query over `sources` (named graphs are unioned into the default graph). */
export async function executeQuery(sparql: string, sources: readonly EngineSource[]): Promise<QueryResult> {
  await checkQuery(sparql);
  const e = await getEngine();
  const result = await e.query(sparql, context(sources) as never);
  if (result.resultType === 'bindings') {
    const metadata = await result.metadata();
    const bindings = await (await result.execute()).toArray();
    const rows = bindings.map((b) => new Map([...b].map(([v, t]) => [v.value, t as Term])));
    return { kind: 'bindings', variables: variableNames(metadata.variables as never), rows };
  }
  if (result.resultType === 'boolean') return { kind: 'boolean', value: await result.execute() };
  if (result.resultType === 'quads') return { kind: 'quads', quads: (await (await result.execute()).toArray()) as Quad[] };
  throw new QuerySyntaxError('updates are not allowed: lodscribe query only reads');
}
