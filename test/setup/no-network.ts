// Vitest setup file: any connection or DNS lookup off loopback is refused, recorded, and fails the test file that made it.
import dns from 'node:dns';
import net from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback']);

/** Whether `host` is this machine: a loopback name, 127.0.0.0/8, ::1 (IPv4-mapped too); no host means localhost. */
export function isLoopback(host: string | undefined | null): boolean {
  if (host === undefined || host === null || host === '') return true;
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOOPBACK_NAMES.has(h) || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

interface Guard { attempts: string[]; installed: boolean }
const KEY = Symbol.for('lodscribe.test.no-network');
const guard: Guard = ((globalThis as Record<symbol, unknown>)[KEY] as Guard | undefined) ?? { attempts: [], installed: false };
(globalThis as Record<symbol, unknown>)[KEY] = guard;

/** The attempts recorded so far, removed from the record (for the tests of the guard itself). */
export function takeAttempts(): string[] {
  return [...guard.attempts.splice(0), ...childAttempts()];
}

/** Where a `socket.connect(...)` call goes: options (maybe inside Node's normalised [options, callback] array), or port and host. */
function target(args: unknown[]): { host: string | undefined; port: unknown } | undefined {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (first !== null && typeof first === 'object') {
    const o = first as { path?: unknown; host?: string; port?: unknown };
    return o.path !== undefined ? undefined : { host: o.host, port: o.port };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return undefined; // a path: IPC, not the network
  return { host: typeof args[1] === 'string' ? args[1] : undefined, port: first };
}

function install(): void {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]): net.Socket {
    const to = target(args);
    if (to && !isLoopback(to.host)) {
      guard.attempts.push(`connect ${to.host}:${String(to.port)}`);
      const error = Object.assign(new Error(`no-network guard: a connection to ${to.host}:${String(to.port)} was refused`), { code: 'ECONNREFUSED' });
      process.nextTick(() => this.destroy(error));
      return this;
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  const lookup = dns.lookup;
  dns.lookup = function guardedLookup(hostname: string, ...rest: unknown[]): void {
    const callback = rest[rest.length - 1] as (e: Error | null) => void;
    if (isLoopback(hostname)) return (lookup as (...a: unknown[]) => void)(hostname, ...rest);
    guard.attempts.push(`lookup ${hostname}`);
    process.nextTick(() => callback(Object.assign(new Error(`no-network guard: looking up ${hostname} was refused`), { code: 'ENOTFOUND' })));
  } as typeof dns.lookup;
  const lookupPromise = dns.promises.lookup;
  dns.promises.lookup = (async (hostname: string, ...rest: unknown[]) => {
    if (isLoopback(hostname)) return (lookupPromise as (...a: unknown[]) => Promise<unknown>)(hostname, ...rest);
    guard.attempts.push(`lookup ${hostname}`);
    throw Object.assign(new Error(`no-network guard: looking up ${hostname} was refused`), { code: 'ENOTFOUND' });
  }) as typeof dns.promises.lookup;
  guard.installed = true;
}

if (!guard.installed) install();

/** Processes the tests spawn (the CLI, workers of their own) get the same guard, and log what they tried to a file. */
const childLogDir = mkdtempSync(join(tmpdir(), 'lodscribe-no-network-'));
const childLog = join(childLogDir, 'attempts.log');
const childGuard = fileURLToPath(new URL('./no-network-child.cjs', import.meta.url));
process.env['LODSCRIBE_NO_NETWORK_LOG'] = childLog;
process.env['NODE_OPTIONS'] = [process.env['NODE_OPTIONS'], `--require ${JSON.stringify(childGuard)}`].filter(Boolean).join(' ');

function childAttempts(): string[] {
  if (!existsSync(childLog)) return [];
  const lines = readFileSync(childLog, 'utf8').split('\n').filter(Boolean);
  rmSync(childLog);
  return lines.map((l) => `(spawned process ${l})`);
}

beforeAll(() => {
  guard.attempts.splice(0); // made by an earlier file in this process, which has failed already
  childAttempts();
});
// Runs after the test file's own afterAll hooks (vitest runs them in reverse order), when the processes it spawned have ended.
afterAll(() => {
  const made = [...guard.attempts.splice(0), ...childAttempts()];
  rmSync(childLogDir, { recursive: true, force: true });
  if (made.length > 0) throw new Error(`no-network guard: this test file tried to reach the network: ${made.join(', ')}`);
});
