// Which part of the server answers a request: /sparql, the index, /static/, resource and document paths, else 404.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ServedData } from './data.js';
import { send, sendText } from './http.js';
import { indexPage } from './pages/index.js';
import { serveResource } from './resource.js';
import { serveSparql, type EndpointOptions } from './sparql.js';
import { STATIC_FILES } from './static.js';

export interface ServerContext { data: ServedData; endpoint: EndpointOptions; log: (line: string) => void }

async function handle(req: IncomingMessage, res: ServerResponse, ctx: ServerContext): Promise<void> {
  const target = req.url ?? '';
  if (!target.startsWith('/')) return sendText(req, res, 400, 'bad request target');
  const url = new URL(`http://localhost${target}`);
  if (url.pathname === '/sparql') return serveSparql(req, res, url, ctx.endpoint, ctx.data.typedPredicates);
  if (req.method === 'OPTIONS') return send(req, res, 204, '', { allow: 'GET, HEAD, OPTIONS', 'access-control-allow-methods': 'GET, HEAD' });
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(req, res, 405, 'this server is read-only: use GET', { allow: 'GET, HEAD, OPTIONS' });
  if (url.pathname === '/') return send(req, res, 200, indexPage(ctx.data), { 'content-type': 'text/html; charset=utf-8' });
  if (url.pathname === '/favicon.ico') return send(req, res, 204, '');
  const file = STATIC_FILES[url.pathname];
  if (file) return send(req, res, 200, file.body, { 'content-type': file.type, 'cache-control': 'public, max-age=3600' });
  if (await serveResource(req, res, url, ctx.data)) return;
  sendText(req, res, 404, `nothing here: ${url.pathname} names no resource under ${ctx.data.base}`);
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
