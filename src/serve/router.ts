// Which part of the server answers a request: /sparql, /static/ files here; the index and every other path in a worker.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { send, sendText } from './http.js';
import { serveSparql, type EndpointOptions } from './sparql.js';
import { STATIC_FILES } from './static.js';

export interface ServerContext {
  endpoint: EndpointOptions;
  /** Predicates whose integer literals the embedded stores retype (see src/rdf/oxigraph.ts). */
  typedPredicates: ReadonlyMap<string, string>;
  log: (line: string) => void;
}

/** The index, resource and document paths: answered by a worker from its store, within the endpoint's time limit. */
async function servePage(req: IncomingMessage, res: ServerResponse, target: string, ctx: ServerContext): Promise<void> {
  const accept = req.headers.accept;
  const answer = await ctx.endpoint.pool.run({ page: { target, ...(accept === undefined ? {} : { accept }) } }, ctx.endpoint.timeoutMs);
  if (answer.ok) return send(req, res, answer.status ?? 200, answer.body, answer.headers ?? {});
  if (answer.reason === 'failed') ctx.log(`lodscribe serve: ${req.method ?? '?'} ${target}: ${answer.message}`);
  sendText(req, res, answer.reason === 'failed' ? 500 : 503, answer.reason === 'failed' ? 'internal server error' : answer.message);
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: ServerContext): Promise<void> {
  const target = req.url ?? '';
  if (!target.startsWith('/')) return sendText(req, res, 400, 'bad request target');
  const url = new URL(`http://localhost${target}`);
  if (url.pathname === '/sparql') return serveSparql(req, res, url, ctx.endpoint, ctx.typedPredicates);
  if (req.method === 'OPTIONS') return send(req, res, 204, '', { allow: 'GET, HEAD, OPTIONS', 'access-control-allow-methods': 'GET, HEAD' });
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(req, res, 405, 'this server is read-only: use GET', { allow: 'GET, HEAD, OPTIONS' });
  if (url.pathname === '/favicon.ico') return send(req, res, 204, '');
  const file = STATIC_FILES[url.pathname];
  if (file) return send(req, res, 200, file.body, { 'content-type': file.type, 'cache-control': 'public, max-age=3600' });
  return servePage(req, res, `${url.pathname}${url.search}`, ctx);
}

/** The request listener: every error becomes a 500 (or a dropped connection once the answer has begun). */
export function createHandler(ctx: ServerContext): RequestListener {
  return (req, res) => {
    handle(req, res, ctx).catch((e: unknown) => {
      ctx.log(`lodscribe serve: ${req.method ?? '?'} ${req.url ?? '?'}: ${(e as Error).stack ?? String(e)}`);
      if (res.headersSent) res.destroy();
      else sendText(req, res, 500, 'internal server error');
    });
  };
}
