// Store credentials from LODSCRIBE_STORE_* environment variables or a private JSON file (never argv), and their redaction.
import { readFileSync, statSync } from 'node:fs';
import { parseJsonSafely } from '../rdf/json-guard.js';

export type AuthScheme = 'basic' | 'digest' | 'auto';
export type Credentials =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'password'; scheme: AuthScheme; user: string; password: string };

/** Bad authentication configuration: a usage error (exit 2). Its message never holds a secret. */
export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

export const ENV = { user: 'LODSCRIBE_STORE_USER', password: 'LODSCRIBE_STORE_PASSWORD', token: 'LODSCRIBE_STORE_TOKEN', scheme: 'LODSCRIBE_STORE_AUTH' } as const;
const SCHEMES: readonly AuthScheme[] = ['basic', 'digest', 'auto'];

interface RawAuth { user?: string; password?: string; token?: string; scheme?: string }

function build(raw: RawAuth, where: string): Credentials {
  const { user, password, token } = raw;
  const scheme = (raw.scheme ?? 'auto').toLowerCase();
  if (!SCHEMES.includes(scheme as AuthScheme)) throw new AuthConfigError(`${where}: the scheme must be basic, digest or auto`);
  if (token !== undefined && token !== '') {
    if (user !== undefined || password !== undefined) throw new AuthConfigError(`${where}: give either a token or a user and password, not both`);
    return { kind: 'bearer', token };
  }
  if (user === undefined && password === undefined) return { kind: 'none' };
  if (!user || password === undefined) throw new AuthConfigError(`${where}: a user needs a password and a password needs a user`);
  return { kind: 'password', scheme: scheme as AuthScheme, user, password };
}

/** Credentials from LODSCRIBE_STORE_TOKEN, or LODSCRIBE_STORE_USER + LODSCRIBE_STORE_PASSWORD (+ LODSCRIBE_STORE_AUTH). */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): Credentials {
  const pick = (name: string): string | undefined => (env[name] === '' ? undefined : env[name]);
  return build({ user: pick(ENV.user), password: pick(ENV.password), token: pick(ENV.token), scheme: pick(ENV.scheme) }, 'the LODSCRIBE_STORE_* environment variables');
}

/** Refuses a file other users can read or write (its mode is shown, never its content). */
function assertPrivate(path: string): void {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (e) {
    throw new AuthConfigError(`cannot read the auth file ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (process.platform !== 'win32' && (mode & 0o006) !== 0) {
    const octal = (mode & 0o777).toString(8).padStart(4, '0');
    throw new AuthConfigError(`the auth file ${path} is readable or writable by every user (mode ${octal}); refusing to use it: run chmod 600 ${path}`);
  }
}

/** Credentials from a JSON file `{ "user", "password", "scheme" }` or `{ "token" }` that only its owner may read. */
export function readAuthFile(path: string): Credentials {
  assertPrivate(path);
  let json: unknown;
  try {
    json = parseJsonSafely(readFileSync(path, 'utf8'));
  } catch {
    throw new AuthConfigError(`the auth file ${path} is not valid JSON`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new AuthConfigError(`the auth file ${path} must hold one JSON object`);
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(json)) {
    if (!['user', 'password', 'token', 'scheme'].includes(key)) throw new AuthConfigError(`the auth file ${path} has an unknown key ${JSON.stringify(key)} (allowed: user, password, token, scheme)`);
    if (typeof value !== 'string') throw new AuthConfigError(`the auth file ${path}: "${key}" must be a string`);
    raw[key] = value;
  }
  return build(raw, `the auth file ${path}`);
}

/** Every form in which a secret could reach a message: raw, URL-encoded, and inside a Basic header. */
export function secretsOf(c: Credentials): string[] {
  if (c.kind === 'none') return [];
  const raw = c.kind === 'bearer' ? [c.token] : [c.password, `${c.user}:${c.password}`, Buffer.from(`${c.user}:${c.password}`).toString('base64')];
  const forms = raw.flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]);
  return [...new Set(forms)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}

/** `text` with every secret replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}
