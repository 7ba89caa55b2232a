// The SPARQL 1.1 Protocol endpoint at /sparql: read-only, checked before it runs, time- and size-limited.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { QuerySyntaxError } from '../rdf/comunica.js';
import { retypedVariables } from './datatypes.js';
import { inspectQuery, QueryRefusedError, type GuardOptions, type QueryPlan } from './guard.js';
import { BodyTooLargeError, mediaTypeOf, readBody, send, sendText } from './http.js';
import { sparqlFormPage } from './pages/index.js';
import { presolve, type Presolved } from './presolve.js';
import type { JobPlan, PoolAnswer, QueryPool } from './query-pool.js';
import { chooseResultFormat, contentType } from './results.js';
import { negotiate } from './accept.js';

export interface EndpointOptions {
  pool: QueryPool;
  guard: GuardOptions;
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
  /** The largest request body (a POSTed query) read. */
  maxRequestBytes: number;
}

type SparqlRequest = { query: string } | { query: undefined } | { status: number; message: string };

/** The query of a protocol request: GET `?query=`, POST a form or `application/sparql-query`; updates refused. */
async function readRequest(req: IncomingMessage, url: URL, maxBytes: number): Promise<SparqlRequest> {
  let params = url.searchParams;
  if (req.method === 'POST') {
    const type = mediaTypeOf(req.headers['content-type']);
    if (type === 'application/sparql-update') return { status: 400, message: 'updates are refused: this SPARQL endpoint is read-only' };
    if (type !== 'application/x-www-form-urlencoded' && type !== 'application/sparql-query') {
      return { status: 415, message: 'POST a query as application/x-www-form-urlencoded (query=…) or as application/sparql-query' };
    }
    const body = await readBody(req, maxBytes);
    if (type === 'application/sparql-query') return { query: body };
    params = new URLSearchParams(body);
  }
  if (params.has('update')) return { status: 400, message: 'updates are refused: this SPARQL endpoint is read-only' };
  if (params.has('default-graph-uri') || params.has('named-graph-uri')) {
    return { status: 400, message: 'default-graph-uri and named-graph-uri are not supported: name graphs with FROM, FROM NAMED or GRAPH in the query' };
  }
  const queries = params.getAll('query');
  if (queries.length > 1) return { status: 400, message: 'give one query parameter, not several' };
  return { query: queries[0] };
}

const STATUS: Readonly<Record<Exclude<PoolAnswer, { ok: true }>['reason'], number>> = {
  syntax: 400,
  'too-large': 422,
  timeout: 503,
  unavailable: 503,
  failed: 500,
};

/** How a worker is to run an accepted query: SERVICE through Comunica, anything else in the embedded store. */
function jobPlan(plan: QueryPlan, typed: ReadonlyMap<string, string>): JobPlan {
  const retyped = plan.form === 'select' ? retypedVariables(plan.algebra, typed) : {};
  return { engine: plan.federated ? 'comunica' : 'store', form: plan.form, union: !plan.dataset, retyped };
}

/** A query answered in the store over the union of its graphs has its parameterised sub-selects answered first. */
async function presolved(plan: QueryPlan, o: EndpointOptions, left: () => number): Promise<Presolved> {
  if (plan.federated || plan.dataset) return { sparql: undefined };
  const sub: JobPlan = { engine: 'store', form: 'select', union: true, retyped: {} };
  return presolve(plan.algebra, (sparql, maxRows) => o.pool.run({ sparql, format: 'json', maxRows, maxBytes: o.maxBytes, plan: sub }, left(), o.timeoutMs));
}

/** Parses and checks the query, negotiates the result format, runs it in a worker and answers. */
async function answerQuery(req: IncomingMessage, res: ServerResponse, query: string, o: EndpointOptions, typed: ReadonlyMap<string, string>): Promise<void> {
  let plan;
  try {
    plan = await inspectQuery(query, o.guard);
  } catch (e) {
    if (e instanceof QuerySyntaxError || e instanceof QueryRefusedError) return sendText(req, res, 400, e.message);
    throw e;
  }
  const chosen = chooseResultFormat(plan.form, req.headers.accept);
  if (!chosen) return sendText(req, res, 406, `no result format you accept fits a ${plan.form.toUpperCase()} query`, { vary: 'Accept' });
  const deadline = performance.now() + o.timeoutMs;
  const left = (): number => Math.max(0, deadline - performance.now());
  const first = await presolved(plan, o, left);
  const answer = 'answer' in first ? first.answer
    : await o.pool.run({ sparql: first.sparql ?? query, format: chosen.format, maxRows: o.maxRows, maxBytes: o.maxBytes, plan: jobPlan(plan, typed) }, left(), o.timeoutMs);
  if (!answer.ok) return sendText(req, res, STATUS[answer.reason], answer.message);
  send(req, res, 200, answer.body, { 'content-type': contentType(chosen.mediaType), vary: 'Accept' });
}

/** Handles every request to /sparql; `typed`: the predicates whose integers the embedded store retypes. */
export async function serveSparql(req: IncomingMessage, res: ServerResponse, url: URL, o: EndpointOptions, typed: ReadonlyMap<string, string> = new Map()): Promise<void> {
  if (req.method === 'OPTIONS') {
    return send(req, res, 204, '', { allow: 'GET, HEAD, POST, OPTIONS', 'access-control-allow-methods': 'GET, HEAD, POST', 'access-control-allow-headers': 'Content-Type, Accept', 'access-control-max-age': 86400 });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    return sendText(req, res, 405, 'use GET or POST', { allow: 'GET, HEAD, POST, OPTIONS' });
  }
  let request: SparqlRequest;
  try {
    request = await readRequest(req, url, o.maxRequestBytes);
  } catch (e) {
    if (e instanceof BodyTooLargeError) return sendText(req, res, 413, e.message, { connection: 'close' });
    throw e;
  }
  if ('status' in request) return sendText(req, res, request.status, request.message);
  if (request.query === undefined || request.query.trim() === '') {
    if (req.method !== 'POST' && negotiate(req.headers.accept, ['text/html']) !== undefined) {
      return send(req, res, 200, sparqlFormPage(), { 'content-type': 'text/html; charset=utf-8' });
    }
    return sendText(req, res, 400, 'no query: give ?query=… (SPARQL 1.1 Protocol)');
  }
  return answerQuery(req, res, request.query, o, typed);
}
