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
/** `blocked-port`: fetch itself refuses the port (6000, 6665–6669 and the others browsers block) and never connects. */
export type Transport = { kind: 'timeout'; ms: number } | { kind: 'network'; code: string } | { kind: 'blocked-port' } | { kind: 'answer-too-large'; maxBytes: number };

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
    const code = errorCode(e);
    return { ok: false, failure: code === 'bad port' ? { kind: 'blocked-port' } : { kind: 'network', code } };
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

/** One line for a transport failure. */
export function describeTransport(f: Transport): string {
  switch (f.kind) {
    case 'timeout': return `no complete answer within ${f.ms} ms`;
    case 'network': return `connection failed (${f.code})`;
    case 'blocked-port': return 'connection refused by fetch itself: it never connects to this port (one browsers block); give the store another port';
    case 'answer-too-large': return `the answer exceeded ${f.maxBytes} bytes`;
  }
}
