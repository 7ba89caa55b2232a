// The store client: authenticated SPARQL Protocol and Graph Store requests with timeouts, retries and back-off.
import { backoffMs, retryAfterMs, seededRandom } from '../wikidata/backoff.js';
import type { Credentials } from './auth.js';
import { Authenticator } from './authenticator.js';
import { describeTransport, exchange, type Exchange, type HttpAnswer, type HttpRequest, type Transport } from './http.js';
import type { StoreProfile, StoreUrls } from './profiles.js';

export type StoreFailure =
  | { kind: 'transport'; transport: Transport }
  | { kind: 'http'; status: number; detail: string }
  | { kind: 'auth'; status: number; detail: string }
  | { kind: 'too-large'; status: number }
  | { kind: 'bad-answer'; detail: string }
  /** Not sent: an earlier request could not connect on any attempt (`cause`), so the store is taken to be down. */
  | { kind: 'not-sent'; cause: Transport };

/** Network errors that mean nothing is listening or the host cannot be reached (not an overloaded store). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const unreachable = (t: Transport): boolean => t.kind === 'blocked-port' || (t.kind === 'network' && UNREACHABLE.has(t.code));

/** A request that failed for good. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(readonly failure: StoreFailure, readonly attempts: number) {
    super(describeFailure(failure) + (attempts > 1 ? ` (after ${attempts} attempts)` : ''));
  }
  /** True when the request may have reached the store and taken effect. */
  get ambiguous(): boolean {
    return this.failure.kind === 'transport' && this.failure.transport.kind !== 'blocked-port';
  }
}

export function describeFailure(f: StoreFailure): string {
  switch (f.kind) {
    case 'transport': return describeTransport(f.transport);
    case 'http': return `HTTP ${f.status}${f.detail ? `: ${f.detail}` : ''}`;
    case 'auth': return `HTTP ${f.status}: the store refused access${f.detail ? ` (${f.detail})` : ''}; check the credentials (not retried)`;
    case 'too-large': return `HTTP ${f.status}: the request was too large for the store`;
    case 'bad-answer': return `unreadable answer: ${f.detail}`;
    case 'not-sent':
      if (f.cause.kind === 'network') return `not sent: an earlier request could not connect to the store on any attempt (${f.cause.code}); is it running?`;
      return 'not sent: fetch never connects to this port; give the store another port';
  }
}

export interface ClientOptions {
  urls: StoreUrls;
  profile: StoreProfile;
  credentials: Credentials;
  fetchImpl?: typeof fetch;
  /** Per request, the whole exchange (default 60 s). */
  timeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx, resets, timeouts and truncated answers (default 5). */
  retries?: number;
  backoffBaseMs?: number;
  /** A Retry-After longer than this is not waited for (default 120 s). */
  maxRetryAfterMs?: number;
  maxAnswerBytes?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

type Verdict = { answer: HttpAnswer } | { failure: StoreFailure; retryable: boolean; retryAfter?: string | null };

const snippet = (body: string): string => body.replace(/\s+/g, ' ').trim().slice(0, 300);

export class StoreClient {
  requests = 0;
  /** Set once a request could not connect on any attempt: every later one fails at once, unsent. */
  private down?: Transport;
  private readonly auth: Authenticator;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly o: ClientOptions) {
    this.auth = new Authenticator(o.credentials);
    this.sleep = o.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = o.random ?? seededRandom(Date.now());
  }

  /** A form-encoded POST of `query=` (never `application/sparql-query`: Virtuoso 7 hangs on it); `parse` runs per attempt. */
  query<T>(sparql: string, accept: string, parse: (body: string) => T): Promise<T> {
    const body = new URLSearchParams({ query: sparql }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept };
    return this.send({ method: 'POST', url: this.o.urls.query, headers, body }, true, parse);
  }

  /** One update request; `retry: false` for operations that must not be repeated without looking first (MOVE). */
  async update(sparql: string, retry = true): Promise<void> {
    const direct = this.o.profile.updateVia === 'direct';
    const body = direct ? sparql : new URLSearchParams({ update: sparql }).toString();
    const headers = { 'content-type': direct ? 'application/sparql-update' : 'application/x-www-form-urlencoded', accept: '*/*' };
    await this.send({ method: 'POST', url: this.o.urls.update, headers, body }, retry, (b) => b);
  }

  /** Graph Store HTTP Protocol PUT: replaces the graph in one request (idempotent). */
  putGraph(graph: string, body: string): Promise<void> {
    return this.graphStore('PUT', graph, body);
  }

  /** Graph Store HTTP Protocol POST: adds the triples to the graph (a repeat adds nothing: a graph is a set). */
  postGraph(graph: string, body: string): Promise<void> {
    return this.graphStore('POST', graph, body);
  }

  private async graphStore(method: 'PUT' | 'POST', graph: string, body: string): Promise<void> {
    const base = this.o.urls.graphStore;
    if (!base) throw new Error('this store has no Graph Store endpoint');
    const url = new URL(base);
    url.searchParams.set('graph', graph);
    const headers = { 'content-type': `${this.o.profile.gspContentType}; charset=utf-8`, accept: '*/*' };
    await this.send({ method, url, headers, body }, true, (b) => b);
  }

  /** Waits the back-off of the `attempt`-th retry (for callers that retry an operation themselves, like MOVE). */
  pause(attempt: number): Promise<void> {
    return this.sleep(backoffMs(attempt, this.random, this.o.backoffBaseMs ?? 500, 30_000));
  }

  private async send<T>(req: HttpRequest, retry: boolean, parse: (body: string) => T): Promise<T> {
    try {
      return await this.attempts(req, retry, parse);
    } catch (e) {
      const f = e instanceof StoreError ? e.failure : undefined;
      if (f?.kind === 'transport' && unreachable(f.transport)) this.down ??= f.transport;
      throw e;
    }
  }

  private async attempts<T>(req: HttpRequest, retry: boolean, parse: (body: string) => T): Promise<T> {
    if (this.down) throw new StoreError({ kind: 'not-sent', cause: this.down }, 0);
    const retries = this.o.retries ?? 5;
    for (let attempt = 0; ; attempt++) {
      const verdict = this.judge(await this.authed(req));
      if ('answer' in verdict) {
        try {
          return parse(verdict.answer.body);
        } catch (e) {
          if (!retry || attempt >= retries) throw new StoreError({ kind: 'bad-answer', detail: snippet(String(e)) }, attempt + 1);
          await this.sleep(backoffMs(attempt, this.random, this.o.backoffBaseMs ?? 500, 30_000));
          continue;
        }
      }
      if (!retry || !verdict.retryable || attempt >= retries) throw new StoreError(verdict.failure, attempt + 1);
      const after = retryAfterMs(verdict.retryAfter, Date.now());
      if (after !== undefined && after > (this.o.maxRetryAfterMs ?? 120_000)) throw new StoreError(verdict.failure, attempt + 1);
      await this.sleep(after ?? backoffMs(attempt, this.random, this.o.backoffBaseMs ?? 500, 30_000));
    }
  }

  /** One exchange with the Authorization header, answering a 401 challenge at most once. */
  private async authed(req: HttpRequest): Promise<Exchange> {
    const once = async (): Promise<{ result: Exchange; sent: boolean }> => {
      this.requests++;
      const header = this.auth.header(req.method, req.url);
      const headers = { 'user-agent': 'lodscribe-publish', ...req.headers, ...(header ? { authorization: header } : {}) };
      const opts = { fetchImpl: this.o.fetchImpl ?? fetch, timeoutMs: this.o.timeoutMs ?? 60_000, maxBytes: this.o.maxAnswerBytes ?? 256 * 2 ** 20 };
      return { result: await exchange({ ...req, headers }, opts), sent: header !== undefined };
    };
    const first = await once();
    const r = first.result;
    if (!r.ok || r.answer.status !== 401 || !this.auth.challenge(r.answer.headers.get('www-authenticate'), first.sent)) return r;
    return (await once()).result;
  }

  private judge(r: Exchange): Verdict {
    if (!r.ok) return { failure: { kind: 'transport', transport: r.failure }, retryable: r.failure.kind !== 'blocked-port' };
    const { status, body, headers } = r.answer;
    if (status >= 200 && status < 300) return { answer: r.answer };
    if (status === 401 || status === 403) {
      const detail = status === 401 && !this.auth.hasCredentials ? 'no credentials given: set LODSCRIBE_STORE_USER and LODSCRIBE_STORE_PASSWORD, LODSCRIBE_STORE_TOKEN, or --auth-file' : '';
      return { failure: { kind: 'auth', status, detail }, retryable: false };
    }
    if (status >= 300 && status < 400) return { failure: { kind: 'http', status, detail: `redirected to ${headers.get('location') ?? '?'}; give that URL instead` }, retryable: false };
    if (this.o.profile.tooLarge(status, body)) return { failure: { kind: 'too-large', status }, retryable: false };
    const retryable = status === 429 || status >= 500;
    return { failure: { kind: 'http', status, detail: snippet(body) }, retryable, retryAfter: headers.get('retry-after') };
  }
}
