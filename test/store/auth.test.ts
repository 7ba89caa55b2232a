// Credentials from the environment or a private file, Digest per RFC 7616's examples, and the challenge flow.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthConfigError, credentialsFromEnv, readAuthFile, redact, secretsOf } from '../../src/store/auth.js';
import { Authenticator, digestHeader, parseChallenges } from '../../src/store/authenticator.js';
import { tempDir } from '../temp-dir.js';

const SECRET = 'correct horse battery staple';

function authFile(content: object, mode: number): string {
  const file = join(tempDir('lodscribe-auth-'), 'auth.json');
  writeFileSync(file, JSON.stringify(content));
  chmodSync(file, mode);
  return file;
}

describe('credentials', () => {
  it('come from LODSCRIBE_STORE_* variables', () => {
    expect(credentialsFromEnv({})).toEqual({ kind: 'none' });
    expect(credentialsFromEnv({ LODSCRIBE_STORE_TOKEN: 'tok-123' })).toEqual({ kind: 'bearer', token: 'tok-123' });
    expect(credentialsFromEnv({ LODSCRIBE_STORE_USER: 'u', LODSCRIBE_STORE_PASSWORD: SECRET, LODSCRIBE_STORE_AUTH: 'digest' })).toEqual({ kind: 'password', scheme: 'digest', user: 'u', password: SECRET });
    expect(() => credentialsFromEnv({ LODSCRIBE_STORE_USER: 'u' })).toThrow(AuthConfigError);
    expect(() => credentialsFromEnv({ LODSCRIBE_STORE_TOKEN: 't', LODSCRIBE_STORE_USER: 'u', LODSCRIBE_STORE_PASSWORD: 'p' })).toThrow(/not both/);
  });

  it('come from a JSON file only its owner can read', () => {
    expect(readAuthFile(authFile({ user: 'u', password: SECRET, scheme: 'basic' }, 0o600))).toMatchObject({ kind: 'password', scheme: 'basic' });
    expect(readAuthFile(authFile({ token: SECRET }, 0o640))).toEqual({ kind: 'bearer', token: SECRET });
  });

  it('refuse a world-readable file, naming its mode and never its content', () => {
    const file = authFile({ user: 'u', password: SECRET }, 0o644);
    expect(() => readAuthFile(file)).toThrow(/readable or writable by every user \(mode 0644\).*chmod 600/);
    try {
      readAuthFile(file);
    } catch (e) {
      expect((e as Error).message).not.toContain(SECRET);
    }
  });

  it('refuse unknown keys and bad JSON without echoing values', () => {
    expect(() => readAuthFile(authFile({ user: 'u', passwd: SECRET }, 0o600))).toThrow(/unknown key "passwd"/);
    const bad = authFile({}, 0o600);
    writeFileSync(bad, `{ "password": "${SECRET}"`);
    expect(() => readAuthFile(bad)).toThrow(/not valid JSON/);
  });

  it('are redacted in every form: raw, URL-encoded, Basic', () => {
    const c = { kind: 'password', scheme: 'basic', user: 'alice', password: SECRET } as const;
    const basic = Buffer.from(`alice:${SECRET}`).toString('base64');
    const text = `a ${SECRET} b ${encodeURIComponent(SECRET)} c Basic ${basic}`;
    const out = redact(text, secretsOf(c));
    expect(out).toBe('a *** b *** c Basic ***');
  });
});

describe('Digest (RFC 7616 §3.9.1 examples)', () => {
  const params = { realm: 'http-auth@example.org', qop: 'auth, auth-int', nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS' };
  const cnonce = 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ';

  it('computes the MD5 and SHA-256 responses', () => {
    const md5 = digestHeader({ ...params, algorithm: 'MD5' }, 'Mufasa', 'Circle of Life', 'GET', '/dir/index.html', 1, cnonce);
    expect(md5).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    const sha = digestHeader({ ...params, algorithm: 'SHA-256' }, 'Mufasa', 'Circle of Life', 'GET', '/dir/index.html', 1, cnonce);
    expect(sha).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
    expect(sha).toContain('nc=00000001');
    expect(sha).not.toContain('Circle of Life');
  });

  it('parses challenges, several per header', () => {
    expect(parseChallenges('Digest realm="SPARQL", nonce="ab\\"c", qop="auth", algorithm="MD5", Basic realm="x"')).toEqual([
      { scheme: 'digest', params: { realm: 'SPARQL', nonce: 'ab"c', qop: 'auth', algorithm: 'MD5' } },
      { scheme: 'basic', params: { realm: 'x' } },
    ]);
  });
});

describe('Authenticator', () => {
  const url = new URL('http://127.0.0.1/sparql-auth');
  const challenge = 'Digest realm="SPARQL", nonce="n1", qop="auth", algorithm="MD5"';

  it('answers one Digest challenge, then counts nonce uses', () => {
    const a = new Authenticator({ kind: 'password', scheme: 'auto', user: 'u', password: SECRET }, () => 'c');
    expect(a.header('POST', url)).toBeUndefined();
    expect(a.challenge(challenge, false)).toBe(true);
    expect(a.header('POST', url)).toContain('nc=00000001');
    expect(a.header('POST', url)).toContain('nc=00000002');
  });

  it('does not retry a rejected password, but does retry a stale nonce', () => {
    const a = new Authenticator({ kind: 'password', scheme: 'digest', user: 'u', password: SECRET });
    expect(a.challenge(challenge, false)).toBe(true);
    a.header('POST', url);
    expect(a.challenge(challenge, true)).toBe(false);
    expect(a.challenge(`${challenge}, stale=true`, true)).toBe(true);
  });

  it('sends Basic up front only when asked to, and Bearer always', () => {
    expect(new Authenticator({ kind: 'password', scheme: 'basic', user: 'u', password: 'p' }).header('GET', url)).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
    expect(new Authenticator({ kind: 'bearer', token: 't0k' }).header('GET', url)).toBe('Bearer t0k');
    const none = new Authenticator({ kind: 'none' });
    expect(none.challenge('Basic realm="x"', false)).toBe(false);
  });
});
