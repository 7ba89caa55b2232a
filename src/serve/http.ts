// HTTP plumbing for the server: security headers on every response, text replies, bounded request bodies.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** No inline script or style anywhere: scripts and styles only from this server's /static/. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // the data is public and read-only: any site's script may read it (Linked Data and SPARQL clients in browsers)
  'access-control-allow-origin': '*',
};

export type Headers = Readonly<Record<string, string | number | string[]>>;

/** Sends one complete response (no body for HEAD) with the security headers. */
export function send(req: IncomingMessage, res: ServerResponse, status: number, body: string | Buffer, headers: Headers = {}): void {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-length': buffer.length, ...headers } satisfies OutgoingHttpHeaders);
  res.end(req.method === 'HEAD' ? undefined : buffer);
}

/** A plain-text answer (errors, refusals): one line or a few, UTF-8. */
export function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Headers = {}): void {
  send(req, res, status, text.endsWith('\n') ? text : `${text}\n`, { 'content-type': 'text/plain; charset=utf-8', ...headers });
}

/** Thrown by readBody when the body is larger than allowed. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/** The request body as UTF-8 text, refusing more than `maxBytes` (the connection is not read further). */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > maxBytes) {
      reject(new BodyTooLargeError(`the request body is larger than ${maxBytes} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.pause();
        reject(new BodyTooLargeError(`the request body is larger than ${maxBytes} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
