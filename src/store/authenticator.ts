// HTTP authentication for store requests: Bearer, Basic and Digest (RFC 7616: MD5, SHA-256, -sess, qop=auth).
import { createHash, randomBytes } from 'node:crypto';
import type { Credentials } from './auth.js';

export interface Challenge { scheme: string; params: Record<string, string> }

const TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+/;

/** The challenges of a WWW-Authenticate header (`Digest realm="x", nonce="y", Basic realm="z"`). */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let rest = header.trim();
  while (rest !== '') {
    const token = TOKEN.exec(rest)?.[0];
    if (token === undefined) break;
    rest = rest.slice(token.length).replace(/^\s*/, '');
    if (rest.startsWith('=')) {
      const m = /^=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)/.exec(rest);
      const raw = m?.[1] ?? '';
      const current = out[out.length - 1];
      if (current) current.params[token.toLowerCase()] = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
      rest = rest.slice(m?.[0].length ?? 1);
    } else {
      out.push({ scheme: token.toLowerCase(), params: {} });
    }
    rest = rest.replace(/^[\s,]*/, '');
  }
  return out;
}

function hasher(algorithm: string): (s: string) => string {
  const name = algorithm.toUpperCase().replace(/-SESS$/, '') === 'SHA-256' ? 'sha256' : 'md5';
  return (s) => createHash(name).update(s, 'utf8').digest('hex');
}

const quote = (s: string): string => `"${s.replace(/(["\\])/g, '\\$1')}"`;

/** The Authorization header answering a Digest challenge for one request. */
export function digestHeader(p: Record<string, string>, user: string, password: string, method: string, uri: string, nc: number, cnonce: string): string {
  const algorithm = p.algorithm ?? 'MD5';
  const H = hasher(algorithm);
  const realm = p.realm ?? '';
  const nonce = p.nonce ?? '';
  const qop = (p.qop ?? '').split(',').map((s) => s.trim()).includes('auth') ? 'auth' : undefined;
  const ncText = nc.toString(16).padStart(8, '0');
  let ha1 = H(`${user}:${realm}:${password}`);
  if (/-sess$/i.test(algorithm)) ha1 = H(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = H(`${method}:${uri}`);
  const response = qop ? H(`${ha1}:${nonce}:${ncText}:${cnonce}:${qop}:${ha2}`) : H(`${ha1}:${nonce}:${ha2}`);
  const parts = [`username=${quote(user)}`, `realm=${quote(realm)}`, `nonce=${quote(nonce)}`, `uri=${quote(uri)}`, `algorithm=${algorithm}`, `response=${quote(response)}`];
  if (qop) parts.push(`qop=${qop}`, `nc=${ncText}`, `cnonce=${quote(cnonce)}`);
  if (p.opaque !== undefined) parts.push(`opaque=${quote(p.opaque)}`);
  return `Digest ${parts.join(', ')}`;
}

/** Chooses the Authorization header for each request and learns from 401 challenges; never retries blindly. */
export class Authenticator {
  private digest: Record<string, string> | undefined;
  private nc = 0;
  private basic: boolean;

  constructor(private readonly credentials: Credentials, private readonly cnonce: () => string = () => randomBytes(8).toString('hex')) {
    this.basic = credentials.kind === 'password' && credentials.scheme === 'basic';
  }

  get hasCredentials(): boolean {
    return this.credentials.kind !== 'none';
  }

  /** The header to send now (undefined before a challenge in Digest/auto mode, or without credentials). */
  header(method: string, url: URL): string | undefined {
    const c = this.credentials;
    if (c.kind === 'bearer') return `Bearer ${c.token}`;
    if (c.kind !== 'password') return undefined;
    if (this.digest) return digestHeader(this.digest, c.user, c.password, method, url.pathname + url.search, ++this.nc, this.cnonce());
    return this.basic ? `Basic ${Buffer.from(`${c.user}:${c.password}`, 'utf8').toString('base64')}` : undefined;
  }

  /**
   * After a 401 with `wwwAuthenticate`: true when one more attempt can succeed — credentials were not sent yet and
   * the challenge names a scheme we may use, or a Digest nonce went stale. A rejected password is never retried.
   */
  challenge(wwwAuthenticate: string | null, sentCredentials: boolean): boolean {
    const c = this.credentials;
    if (c.kind !== 'password' || !wwwAuthenticate) return false;
    const challenges = parseChallenges(wwwAuthenticate);
    const digest = challenges.find((ch) => ch.scheme === 'digest');
    if (digest && c.scheme !== 'basic') {
      const stale = digest.params.stale?.toLowerCase() === 'true';
      // A reused nonce the server no longer takes (a new nonce, not marked stale) also earns one fresh attempt.
      const renewed = this.digest !== undefined && this.nc > 1 && digest.params.nonce !== this.digest.nonce;
      if (sentCredentials && !stale && !renewed) return false;
      this.digest = digest.params;
      this.nc = 0;
      return true;
    }
    if (challenges.some((ch) => ch.scheme === 'basic') && c.scheme !== 'digest' && !sentCredentials) {
      this.basic = true;
      return true;
    }
    return false;
  }
}
