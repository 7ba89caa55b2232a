// Recovery after a killed run: stale staging and set-aside folders beside an output folder are removed or put back.
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A folder older than this is stale even if a process with its pid exists (pids are reused). */
const STALE_AFTER_MS = 24 * 3600 * 1000;

/** `.<name>.new-<pid>-<random>` (a folder being built) and `.<name>.old-<pid>-<random>` (the previous version set aside). */
export function stagingName(target: string, kind: 'new' | 'old', suffix: string): string {
  return join(dirname(target), `.${basename(target)}.${kind}-${process.pid}-${suffix}`);
}

interface Leftover { path: string; kind: 'new' | 'old'; mtimeMs: number }

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the process `pid` is running (a process of another user counts as running). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The staging and set-aside folders of `target` whose process is gone (or that are older than a day). */
async function leftovers(target: string): Promise<Leftover[]> {
  const parent = dirname(target);
  // With a pid (this version), or a bare mkdtemp suffix (earlier versions, whose process cannot be known).
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(new|old)-(?:(\\d+)-)?[A-Za-z0-9]+$`);
  let names: string[];
  try {
    names = await readdir(parent);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const found: Leftover[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const path = join(parent, name);
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    const old = Date.now() - info.mtimeMs > STALE_AFTER_MS;
    if (m[2] !== undefined && alive(Number(m[2])) && !old) continue;
    found.push({ path, kind: m[1] as 'new' | 'old', mtimeMs: info.mtimeMs });
  }
  return found;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/**
 * Makes the output folder whole again after a run was killed: when `target` is missing but the previous version was
 * set aside (killed between the two renames of the swap), that version is put back; every other leftover staging or
 * set-aside folder of a process that no longer runs is removed. Returns what was done, for the log.
 */
export async function recoverOutput(target: string): Promise<{ restored: boolean; removed: number }> {
  const absolute = resolve(target);
  const found = await leftovers(absolute);
  let restored = false;
  const aside = found.filter((f) => f.kind === 'old').sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
  if (aside && !(await exists(absolute))) {
    await rename(aside.path, absolute);
    restored = true;
  }
  const rest = found.filter((f) => !(restored && f === aside));
  for (const f of rest) await rm(f.path, { recursive: true, force: true });
  return { restored, removed: rest.length };
}
