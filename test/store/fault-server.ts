// Test helper: a 127.0.0.1 HTTP server speaking SPARQL Protocol, Update and Graph Store over a MemoryStore, with seeded faults.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { seededRandom } from '../../src/wikidata/backoff.js';
import { BadRequest, MemoryStore } from './memory-store.js';

export const FAULTS = ['401', '403', '413', '429', '500', 'reset', 'reset-after', 'hang', 'hang-after', 'truncate'] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultServerOptions {
  seed?: number;
  /** Probability that a request meets a fault (default 0). */
  faultRate?: number;
  faults?: readonly Fault[];
  /** Called after every request that changed the store. */
  afterChange?: (store: MemoryStore) => void;
  /** Echo the request's headers in error bodies (a careless server, for redaction tests). */
  echoHeaders?: boolean;
  /** Require this Authorization header value; others get 401 with this challenge. */
  requireAuth?: { accept: (header: string | undefined) => boolean; challenge: string };
}

export class FaultServer {
  readonly store = new MemoryStore();
  readonly faultCounts: Record<string, number> = {};
  readonly requests: { method: string; url: string; contentType: string; body: string }[] = [];
  private readonly random: () => number;
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  url = '';

  constructor(private readonly o: FaultServerOptions = {}) {
    this.random = seededRandom(o.seed ?? 1);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => { this.sockets.add(s); s.on('close', () => this.sockets.delete(s)); });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private pickFault(carriesData: boolean): Fault | undefined {
    if (this.random() >= (this.o.faultRate ?? 0)) return undefined;
    const faults = this.o.faults ?? FAULTS;
    const fault = faults[Math.floor(this.random() * faults.length)];
    if (fault === undefined || (fault === '413' && !carriesData)) return undefined;
    this.faultCounts[fault] = (this.faultCounts[fault] ?? 0) + 1;
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const contentType = req.headers['content-type'] ?? '';
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', contentType, body });
    if (this.o.requireAuth && !this.o.requireAuth.accept(req.headers.authorization)) {
      return this.reply(res, 401, `unauthorised${this.o.echoHeaders ? `: ${JSON.stringify(req.headers)}` : ''}`, 'text/plain', { 'www-authenticate': this.o.requireAuth.challenge });
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const action = this.route(req, body);
    const fault = this.pickFault(action.write && (url.pathname === '/store' || body.slice(0, 200).includes('INSERT')));
    if (fault === 'reset' || fault === 'hang') return void (fault === 'reset' && req.socket.destroy());
    if (fault === '401' || fault === '403' || fault === '413' || fault === '429' || fault === '500') {
      return this.reply(res, Number(fault), `injected ${fault}`, 'text/plain', fault === '429' ? { 'retry-after': '0' } : {});
    }
    let answer: { status: number; type: string; body: string };
    try {
      answer = { status: 200, ...action.run() };
      if (action.write) this.o.afterChange?.(this.store);
    } catch (e) {
      const status = e instanceof BadRequest ? 400 : 500;
      answer = { status, type: 'text/plain', body: `${(e as Error).message}${this.o.echoHeaders ? ` ${JSON.stringify(req.headers)}` : ''}` };
    }
    if (fault === 'reset-after') return void req.socket.destroy();
    if (fault === 'hang-after') return;
    if (fault === 'truncate') {
      res.writeHead(answer.status, { 'content-type': answer.type, 'content-length': String(Buffer.byteLength(answer.body) + 50) });
      res.write(answer.body.slice(0, Math.floor(answer.body.length / 2)));
      return void setTimeout(() => req.socket.destroy(), 5);
    }
    this.reply(res, answer.status, answer.body, answer.type);
  }

  private reply(res: ServerResponse, status: number, body: string, type: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  }

  /** What the request asks for; `run` applies it. */
  private route(req: IncomingMessage, body: string): { write: boolean; run: () => { type: string; body: string } } {
    const url = new URL(req.url ?? '/', 'http://x');
    const ok = (): { type: string; body: string } => ({ type: 'text/plain', body: 'ok' });
    if (url.pathname === '/store' && (req.method === 'PUT' || req.method === 'POST')) {
      const graph = url.searchParams.get('graph') ?? '';
      return { write: true, run: () => (req.method === 'PUT' ? this.store.put(graph, body) : this.store.post(graph, body), ok()) };
    }
    if (url.pathname !== '/sparql' || req.method !== 'POST') return { write: false, run: () => { throw new BadRequest(`no ${req.method} ${url.pathname}`); } };
    const type = req.headers['content-type'] ?? '';
    const form = type.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(body) : undefined;
    const update = form ? form.get('update') : type.startsWith('application/sparql-update') ? body : null;
    if (update !== null) return { write: true, run: () => (this.store.update(update), ok()) };
    const query = form?.get('query');
    if (query == null) return { write: false, run: () => { throw new BadRequest('no query (only form-encoded queries are accepted)'); } };
    return { write: false, run: () => this.store.query(query) };
  }
}
