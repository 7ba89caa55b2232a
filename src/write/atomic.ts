// Crash-safe file system writes: temp file + fsync + rename for files, build-aside-and-swap for whole folders.
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { recoverOutput, stagingName } from './recover.js';

/** Writes one file; the output stage calls it for every file so tests can inject failures. */
export type FileWriter = (path: string, data: string) => Promise<void>;

/** fsync a folder so a rename inside it is durable; platforms that cannot open folders (Windows) are skipped. */
export async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF' && code !== 'EACCES') throw e;
  } finally {
    await handle?.close();
  }
}

/** Writes `data` (UTF-8) to a temp file beside `path`, fsyncs it, renames it over `path` and fsyncs the folder. */
export const writeFileAtomic: FileWriter = async (path, data) => {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  await syncDir(dirname(path));
};

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/** Puts the staged folder in place of `target`: old aside, new in, old removed; puts the old one back on failure. */
async function swapIn(staging: string, target: string): Promise<void> {
  const parent = dirname(target);
  const aside = stagingName(target, 'old', randomBytes(6).toString('hex'));
  const hadOld = await exists(target);
  if (hadOld) await rename(target, aside);
  try {
    await rename(staging, target);
  } catch (e) {
    if (hadOld) await rename(aside, target);
    throw e;
  }
  await syncDir(parent);
  if (hadOld) await rm(aside, { recursive: true, force: true });
}

/**
 * Replaces the folder `target` by one that `build` fills: `build` writes into a fresh sibling temp folder; only when
 * it succeeds is the temp folder swapped in. On failure the temp folder is removed and `target` is left as it was.
 * Readers see the complete old folder or the complete new one (between the two renames the name is briefly absent).
 * Leftovers of a killed run (a half-built staging folder, the old version set aside) are cleaned up or put back first.
 */
export async function replaceDirAtomic(target: string, build: (staging: string) => Promise<void>): Promise<void> {
  const absolute = resolve(target);
  const parent = dirname(absolute);
  await mkdir(parent, { recursive: true });
  await recoverOutput(absolute);
  const staging = await mkdtemp(stagingName(absolute, 'new', ''));
  try {
    await build(staging);
    await chmod(staging, 0o755);
    await syncDir(staging);
    await swapIn(staging, absolute);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}
