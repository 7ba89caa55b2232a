// Credentials never reach the output: not from a careless server echoing headers, nor from errors or usage messages.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishCommand, type PublishCommandOptions } from '../../src/commands/publish.js';
import { exitCode } from '../../src/exit.js';
import { datasetDir, noSleep, recordQuads } from './helpers.js';
import { FaultServer } from './fault-server.js';

const PASSWORD = 'pa55-w0rd:with spaces&symbols%';
const TOKEN = 'tok_4f1d9c2be7a04c55';
const USER = 'archivist';

let server: FaultServer | undefined;
afterEach(async () => server?.close());

/** Everything a run printed, plus the forms a leak could take. */
function leaks(text: string): string[] {
  const forms = [PASSWORD, encodeURIComponent(PASSWORD), TOKEN, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')];
  return forms.filter((f) => text.includes(f));
}

async function publishAgainst(requireAuth: boolean, o: Partial<PublishCommandOptions>) {
  server = new FaultServer({ echoHeaders: true, ...(requireAuth ? { requireAuth: { accept: () => false, challenge: 'Basic realm="store"' } } : {}) });
  const url = await server.start();
  const dir = datasetDir(recordQuads('r1', 8));
  return publishCommand(dir, { endpoint: `${url}/sparql`, sleep: noSleep, retries: 1, ...o });
}

describe('credential redaction', () => {
  it('Basic: a server that echoes the Authorization header in a 401 body', async () => {
    const env = { LODSCRIBE_STORE_USER: USER, LODSCRIBE_STORE_PASSWORD: PASSWORD, LODSCRIBE_STORE_AUTH: 'basic' };
    const r = await publishAgainst(true, { env });
    expect(exitCode(r.outcome)).toBe(1);
    expect(server?.requests[0]?.contentType).toBeDefined();
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  it('Bearer: a server that echoes headers in a 400 body, which the error line quotes', async () => {
    server = new FaultServer({ echoHeaders: true });
    const url = await server.start();
    const r = await publishCommand(datasetDir(recordQuads('r1', 3)), { endpoint: `${url}/nowhere`, env: { LODSCRIBE_STORE_TOKEN: TOKEN }, sleep: noSleep });
    expect(exitCode(r.outcome)).toBe(1);
    expect(r.stderr).toMatch(/HTTP 400: no POST \/nowhere.*"authorization":"Bearer \*\*\*"/);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  it('an auth file that others can read is refused (exit 2) without showing its content', async () => {
    const dir = datasetDir(recordQuads('r1', 3));
    const file = join(dir, 'auth.json');
    writeFileSync(file, JSON.stringify({ user: USER, password: PASSWORD }));
    chmodSync(file, 0o644);
    const r = await publishCommand(dir, { endpoint: 'http://127.0.0.1:1/sparql', authFile: file });
    expect(exitCode(r.outcome)).toBe(2);
    expect(r.stderr).toMatch(/auth file .*\(mode 0644\)/);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  it('credentials in the endpoint URL are refused (exit 2) and not repeated', async () => {
    const dir = datasetDir(recordQuads('r1', 3));
    const r = await publishCommand(dir, { endpoint: `http://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:1/sparql`, env: {} });
    expect(exitCode(r.outcome)).toBe(2);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });
});
