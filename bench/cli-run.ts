// Runs the real CLI (`node dist/cli.js …`) as a child process and reads its JSON progress events and its peak memory.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface CliRun {
  code: number | null;
  wallSeconds: number;
  stdout: string;
  stderr: string;
  /** The `end` event of `--log-format json`, when the run got that far. */
  end?: { seconds: number; stages: Record<string, number>; peakRssBytes: number; triples: number; records: number; failed: number; cached: number; jobs: number };
  /** Timed out and killed. */
  killed: boolean;
  /** When the second line of standard output arrived (a header and a first row of TSV), if it did. */
  secondLineSeconds?: number;
}

/** Runs `node dist/cli.js ...args`; kills it after `timeoutMs`. */
export function runCli(args: string[], timeoutMs = 0): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = timeoutMs > 0 ? setTimeout(() => { killed = true; child.kill('SIGKILL'); }, timeoutMs) : undefined;
    let secondLineSeconds: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (secondLineSeconds === undefined && stdout.indexOf('\n', stdout.indexOf('\n') + 1) >= 0) secondLineSeconds = (performance.now() - started) / 1000;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const run: CliRun = { code, wallSeconds: (performance.now() - started) / 1000, stdout, stderr, killed, ...(secondLineSeconds === undefined ? {} : { secondLineSeconds }) };
      const end = endEvent(stderr);
      if (end) run.end = end;
      resolve(run);
    });
  });
}

function endEvent(stderr: string): CliRun['end'] | undefined {
  for (const line of stderr.split('\n').reverse()) {
    if (!line.startsWith('{')) continue;
    try {
      const e = JSON.parse(line) as { event?: string } & NonNullable<CliRun['end']>;
      if (e.event === 'end') return e;
    } catch {
      // not an event line
    }
  }
  return undefined;
}
