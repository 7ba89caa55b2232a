// What the endpoint refuses before running anything: updates, SERVICE to hosts not allowed, FROM of non-local graphs.
import { algebraNodes, isUpdate, parseQuery, type AlgebraNode } from '../rdf/comunica.js';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

export interface GuardOptions {
  /** Hosts (`host` or `host:port`) whose SPARQL endpoints a query may call with SERVICE. */
  allowServices: readonly string[];
  /** Whether a FROM / FROM NAMED IRI names data this server holds. */
  isLocal: (iri: string) => boolean;
}

/** A query this endpoint will not run (the message says why; answer 400). */
export class QueryRefusedError extends Error {
  override readonly name = 'QueryRefusedError';
}

interface TermLike { termType?: string; value?: string }

/** Whether SERVICE may call `iri`: an http(s) URL whose host (with or without its port) is allow-listed. */
export function serviceAllowed(iri: string, allowServices: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(iri);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const allowed = allowServices.map((h) => h.toLowerCase());
  return allowed.includes(url.host.toLowerCase()) || allowed.includes(url.hostname.toLowerCase());
}

function checkService(node: AlgebraNode, options: GuardOptions): void {
  const name = node['name'] as TermLike | undefined;
  if (name?.termType !== 'NamedNode') throw new QueryRefusedError('SERVICE with a variable endpoint is refused: name the endpoint');
  if (!serviceAllowed(name.value ?? '', options.allowServices)) {
    throw new QueryRefusedError(`SERVICE <${name.value ?? ''}> is refused: its host is not allowed (see --allow-service)`);
  }
}

function checkFrom(node: AlgebraNode, options: GuardOptions): void {
  for (const key of ['default', 'named'] as const) {
    for (const graph of (node[key] as TermLike[] | undefined) ?? []) {
      const iri = graph.value ?? '';
      if (!options.isLocal(iri)) {
        throw new QueryRefusedError(`FROM${key === 'named' ? ' NAMED' : ''} <${iri}> is refused: only this server's graphs can be queried`);
      }
    }
  }
}

/** SELECT, ASK, CONSTRUCT or DESCRIBE, read from the top of the algebra (under a dataset clause, LIMIT and OFFSET). */
function formOf(root: AlgebraNode): QueryForm {
  let top = root;
  while ((top.type === 'from' || top.type === 'slice') && top['input']) top = top['input'] as AlgebraNode;
  return top.type === 'ask' || top.type === 'construct' || top.type === 'describe' ? top.type : 'select';
}

/** What the endpoint needs to know to run a query it accepted. */
export interface QueryPlan {
  form: QueryForm;
  /** The query calls SERVICE (the embedded store cannot; Comunica federates). */
  federated: boolean;
  /** The query names its dataset with FROM / FROM NAMED (the default graph is then not the union of all graphs). */
  dataset: boolean;
  /** The parsed algebra. */
  algebra: AlgebraNode;
}

/**
 * Parses the query with Comunica's parser and checks it without running it. Throws QuerySyntaxError when it does not
 * parse, QueryRefusedError for an update, a SERVICE to a host not allowed (or to a variable) and a FROM / FROM NAMED
 * of a graph that is not local. Returns what running it needs.
 */
export async function inspectQuery(sparql: string, options: GuardOptions): Promise<QueryPlan> {
  const root = await parseQuery(sparql);
  if (isUpdate(root)) throw new QueryRefusedError('updates are refused: this SPARQL endpoint is read-only');
  let federated = false;
  let dataset = false;
  for (const node of algebraNodes(root)) {
    if (node.type === 'service') {
      checkService(node, options);
      federated = true;
    } else if (node.type === 'from') {
      checkFrom(node, options);
      dataset = true;
    }
  }
  return { form: formOf(root), federated, dataset, algebra: root };
}

/** inspectQuery's checks; returns the query form. */
export async function guardQuery(sparql: string, options: GuardOptions): Promise<QueryForm> {
  return (await inspectQuery(sparql, options)).form;
}
