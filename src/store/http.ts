// One HTTP exchange with a store: a timeout over the whole exchange, a cap on the answer, a typed result, never a throw.
import { BodyTooLarge, readCapped } from '../http/body.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpAnswer { status: number; headers: Headers; body: string }

/** Why an exchange produced no complete answer; the request may or may not have reached the store. */
export type Transport = { kind: 'timeout'; ms: number } | { kind: 'network'; code: string } | { kind: 'answer-too-large'; maxBytes: number };

export type Exchange = { ok: true; answer: HttpAnswer } | { ok: false; failure: Transport };

export interface ExchangeOptions {
  fetchImpl: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
}


/** Sends `req` once and reads the whole answer; a reset, a hang or a truncated body is a `Transport` failure. */
export async function exchange(req: HttpRequest, o: ExchangeOptions): Promise<Exchange> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    const init: RequestInit = { method: req.method, headers: req.headers, signal: controller.signal, redirect: 'manual' };
    if (req.body !== undefined) init.body = req.body;
    const res = await o.fetchImpl(req.url, init);
    const body = new TextDecoder('utf-8').decode(await readCapped(res, o.maxBytes));
    return { ok: true, answer: { status: res.status, headers: res.headers, body } };
  } catch (e) {
    if (e instanceof BodyTooLarge) return { ok: false, failure: { kind: 'answer-too-large', maxBytes: o.maxBytes } };
    if (controller.signal.aborted) return { ok: false, failure: { kind: 'timeout', ms: o.timeoutMs } };
    return { ok: false, failure: { kind: 'network', code: errorCode(e) } };
  } finally {
    clearTimeout(timer);
  }
}


/** A short code for a network error (ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET, …), never a URL or header. */
function errorCode(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message.slice(0, 80);
  return e instanceof Error ? e.message.slice(0, 80) : 'unknown';
}

/** fetch's own refusal of a port browsers block (6000, 6665–6669, …): it never connects, so it is not retried. */
export const BAD_PORT = 'bad port';

/** One line for a transport failure. */
export function describeTransport(f: Transport): string {
  switch (f.kind) {
    case 'timeout': return `no complete answer within ${f.ms} ms`;
    case 'network': return f.code === BAD_PORT ? 'connection refused by fetch itself: it never connects to this port (one browsers block); give the store another port' : `connection failed (${f.code})`;
    case 'answer-too-large': return `the answer exceeded ${f.maxBytes} bytes`;
  }
}
