// One HTTP attempt against the Wikidata API: a timeout, a cap on the body size, and a typed outcome instead of a throw.
import { BodyTooLarge, readCapped } from '../http/body.js';

/** Why one attempt failed. */
export type HttpFailure =
  | { kind: 'timeout'; ms: number }
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'network'; message: string }
  | { kind: 'http'; status: number }
  | { kind: 'invalid-json'; message: string }
  | { kind: 'api-error'; code: string; info: string };

export type Attempt =
  | { ok: true; json: unknown }
  | { ok: false; failure: HttpFailure; retry: boolean; retryAfter: string | null };

export interface AttemptOptions {
  fetchImpl: typeof fetch;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
}


/** GETs `url` once; never throws. 429, 5xx, `maxlag`, timeouts and network errors are marked retryable. */
export async function attempt(url: string, o: AttemptOptions): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    const res = await o.fetchImpl(url, { headers: o.headers, signal: controller.signal, redirect: 'follow' });
    const retryAfter = res.headers.get('retry-after');
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      const retry = res.status === 429 || res.status >= 500;
      return { ok: false, failure: { kind: 'http', status: res.status }, retry, retryAfter };
    }
    return parse(await readCapped(res, o.maxBytes), retryAfter);
  } catch (e) {
    if (e instanceof BodyTooLarge) return fail({ kind: 'too-large', maxBytes: o.maxBytes }, false);
    if (controller.signal.aborted) return fail({ kind: 'timeout', ms: o.timeoutMs }, true);
    return fail({ kind: 'network', message: describe(e) }, true);
  } finally {
    clearTimeout(timer);
  }
}

function fail(failure: HttpFailure, retry: boolean): Attempt {
  return { ok: false, failure, retry, retryAfter: null };
}


/** JSON, or the API's own error object (`{"error":{"code":"maxlag",…}}` is retryable). */
function parse(body: Uint8Array, retryAfter: string | null): Attempt {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(body));
  } catch (e) {
    return fail({ kind: 'invalid-json', message: describe(e) }, false);
  }
  const error = (json as { error?: { code?: unknown; info?: unknown } } | null)?.error;
  if (error && typeof error === 'object') {
    const code = String(error.code ?? 'unknown');
    const failure: HttpFailure = { kind: 'api-error', code, info: String(error.info ?? '') };
    return { ok: false, failure, retry: code === 'maxlag', retryAfter };
  }
  return { ok: true, json };
}

function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}

/** One line for a failure, for reasons and review notes. */
export function describeFailure(f: HttpFailure): string {
  switch (f.kind) {
    case 'timeout': return `no answer within ${f.ms} ms`;
    case 'too-large': return `the answer exceeded ${f.maxBytes} bytes`;
    case 'network': return `network error (${f.message})`;
    case 'http': return `HTTP ${f.status}`;
    case 'invalid-json': return `the answer is not JSON (${f.message})`;
    case 'api-error': return `API error ${f.code}${f.info ? `: ${f.info}` : ''}`;
  }
}
