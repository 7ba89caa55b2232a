// The polite Wikidata client: User-Agent with contact, one request at a time, spacing, back-off, cache first, typed failures.
import { readFileSync } from 'node:fs';
import { backoffMs, retryAfterMs, seededRandom } from './backoff.js';
import { WikidataCache } from './cache.js';
import { compactAnswer } from './entity.js';
import { attempt, describeFailure, type HttpFailure } from './http.js';
import { DEFAULT_API } from './urls.js';

export interface WikidataClientOptions {
  api?: string;
  /** Who runs lodscribe (e-mail address or URL); required unless `offline`. */
  contact?: string;
  /** The product part of the User-Agent; default `lodscribe/<version>`. The header is `<userAgent> (<contact>)`. */
  userAgent?: string;
  /** Cache only: never the network. */
  offline?: boolean;
  cache?: WikidataCache;
  timeoutMs?: number;
  maxBytes?: number;
  /** Retries after the first attempt, for 429, 5xx, maxlag, timeouts and network errors. */
  maxRetries?: number;
  /** The least time between the starts of two requests. */
  minIntervalMs?: number;
  backoffBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the request gives up. */
  maxRetryAfterMs?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Jitter source; default a generator seeded with `seed` (default: the clock). */
  random?: () => number;
  seed?: number;
}

/** Why a request produced no answer. */
export type WikidataFailure =
  | (HttpFailure & { url: string })
  | { kind: 'offline'; url: string }
  | { kind: 'gave-up'; url: string; attempts: number; last: HttpFailure }
  | { kind: 'unavailable'; url: string; reason: string };

export type WikidataAnswer =
  | { ok: true; json: unknown; from: 'cache' | 'online' }
  | { ok: false; failure: WikidataFailure };

export interface WikidataClient {
  readonly api: string;
  readonly offline: boolean;
  readonly cache: WikidataCache;
  /** The answer for `url`: from the cache, else (online) from the API. Never throws. */
  get(url: string): Promise<WikidataAnswer>;
  /** Requests sent to the network so far (retries included). */
  readonly requests: number;
}

/** A usage error (exit code 2): the options cannot make a polite client. */
export class WikidataUsageError extends Error {
  override readonly name = 'WikidataUsageError';
}

/** lodscribe's version, from package.json. */
export const VERSION: string = readVersion();

function readVersion(): string {
  try {
    return String(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  } catch {
    return '0.0.0';
  }
}

/** `lodscribe/<version> (<contact>)`, as Wikimedia's User-Agent policy asks; throws WikidataUsageError without a contact. */
export function wikidataUserAgent(contact: string | undefined, product = `lodscribe/${VERSION}`): string {
  const c = contact?.trim() ?? '';
  if (!c) {
    throw new WikidataUsageError(
      'online reconciliation needs a contact (an e-mail address or URL) for the User-Agent that Wikimedia requires, e.g. --contact you@example.org',
    );
  }
  if (/[\u0000-\u001f\u007f()]/.test(c)) throw new WikidataUsageError(`the contact "${c}" may not hold parentheses or control characters`);
  return `${product} (${c})`;
}

/** A client; online without a contact throws WikidataUsageError (at setup, never during a run). */
export function createWikidataClient(options: WikidataClientOptions = {}): WikidataClient {
  const offline = options.offline ?? false;
  const userAgent = offline ? '' : wikidataUserAgent(options.contact, options.userAgent);
  const cache = options.cache ?? new WikidataCache();
  const transport = new Transport(options, userAgent, cache);
  let tail: Promise<unknown> = Promise.resolve();
  return {
    api: options.api ?? DEFAULT_API,
    offline,
    cache,
    get requests() {
      return transport.requests;
    },
    get(url) {
      const hit = cache.get(url);
      if (hit !== undefined) return Promise.resolve({ ok: true, json: hit, from: 'cache' });
      if (offline) return Promise.resolve({ ok: false, failure: { kind: 'offline', url } });
      const run = tail.then(() => transport.fetch(url));
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/** Sends one queued request at a time with spacing and retries; after giving up once, the API counts as down. */
class Transport {
  requests = 0;
  private lastStart = -Infinity;
  private down: string | undefined;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly o: WikidataClientOptions, private readonly userAgent: string, private readonly cache: WikidataCache) {
    this.sleep = o.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = o.now ?? Date.now;
    this.random = o.random ?? seededRandom(o.seed ?? Date.now());
  }

  async fetch(url: string): Promise<WikidataAnswer> {
    const hit = this.cache.get(url);
    if (hit !== undefined) return { ok: true, json: hit, from: 'cache' };
    if (this.down) return { ok: false, failure: { kind: 'unavailable', url, reason: this.down } };
    const maxRetries = this.o.maxRetries ?? 4;
    let wait = 0;
    for (let n = 0; ; n++) {
      await this.pace(wait);
      const r = await this.send(url);
      if (r.ok) return this.store(url, r.json);
      const last = r.failure;
      const after = retryAfterMs(r.retryAfter, this.now());
      if (!r.retry) return this.failed({ ...last, url }, last.kind === 'http' ? describeFailure(last) : undefined);
      if (n >= maxRetries || (after ?? 0) > (this.o.maxRetryAfterMs ?? 120_000)) {
        return this.failed({ kind: 'gave-up', url, attempts: n + 1, last }, describeFailure(last));
      }
      wait = after ?? backoffMs(n, this.random, this.o.backoffBaseMs ?? 1000);
    }
  }

  private send(url: string) {
    this.requests++;
    return attempt(url, {
      fetchImpl: this.o.fetchImpl ?? fetch,
      headers: { 'User-Agent': this.userAgent, Accept: 'application/json' },
      timeoutMs: this.o.timeoutMs ?? 10_000,
      maxBytes: this.o.maxBytes ?? 2_000_000,
    });
  }

  /** Waits `wait` ms, and at least until `minIntervalMs` after the previous request started. */
  private async pace(wait: number): Promise<void> {
    const spacing = (this.o.minIntervalMs ?? 100) - (this.now() - this.lastStart);
    const ms = Math.max(wait, spacing, 0);
    if (ms > 0) await this.sleep(ms);
    this.lastStart = this.now();
  }

  private store(url: string, json: unknown): WikidataAnswer {
    const compact = compactAnswer(json);
    this.cache.set(url, compact);
    return { ok: true, json: compact, from: 'online' };
  }

  private failed(failure: WikidataFailure, down?: string): WikidataAnswer {
    if (down) this.down = down;
    return { ok: false, failure };
  }
}

/** One line for a failure. */
export function describeWikidataFailure(f: WikidataFailure): string {
  switch (f.kind) {
    case 'offline': return 'offline and not in the cache';
    case 'gave-up': return `gave up after ${f.attempts} attempt(s): ${describeFailure(f.last)}`;
    case 'unavailable': return `the Wikidata API is unavailable (${f.reason}); not asked again this run`;
    default: return describeFailure(f);
  }
}
