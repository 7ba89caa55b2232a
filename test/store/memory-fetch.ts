// Test helper: a fetch that answers from a MemoryStore without a network, with a hook to intercept requests.
import { BadRequest, MemoryStore } from './memory-store.js';

export interface Seen { method: string; url: URL; headers: Headers; body: string; sparql?: string }
/** Return a Response to answer instead of the store, or undefined to let the store answer. */
export type Intercept = (req: Seen, n: number) => Response | Promise<Response | undefined> | undefined;

function sparqlOf(contentType: string, body: string): string | undefined {
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body);
    return form.get('update') ?? form.get('query') ?? undefined;
  }
  return contentType.startsWith('application/sparql-update') ? body : undefined;
}

/** A fetch over `store`: POST /sparql (form query= / update=, or direct update), PUT and POST /store?graph=. */
export function memoryFetch(store: MemoryStore, intercept?: Intercept): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const impl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === 'string' ? init.body : '';
    const req: Seen = { method: init?.method ?? 'GET', url, headers, body, sparql: sparqlOf(headers.get('content-type') ?? '', body) };
    seen.push(req);
    const custom = await intercept?.(req, seen.length);
    if (custom) return custom;
    try {
      if (req.method === 'PUT') return (store.put(url.searchParams.get('graph') ?? '', body), new Response('ok', { status: 201 }));
      if (req.method === 'POST' && req.sparql === undefined) return (store.post(url.searchParams.get('graph') ?? '', body), new Response('ok'));
      const form = new URLSearchParams(body);
      if (req.sparql !== undefined && !form.has('query')) return (store.update(req.sparql), new Response('ok'));
      const answer = store.query(req.sparql ?? '');
      return new Response(answer.body, { headers: { 'content-type': answer.type } });
    } catch (e) {
      return new Response((e as Error).message, { status: e instanceof BadRequest ? 400 : 500 });
    }
  };
  return { fetch: impl as typeof fetch, seen };
}
