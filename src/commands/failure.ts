// Run-level failures that are not crashes: bad shapes, an output folder in the way, duplicate ids, files the system refuses.
import { ShapesError } from '../validate/shapes.js';
import { OutputError } from '../write/layout.js';
import type { Rendered } from './parse.js';

/** System errors about a path the user named (bad usage, exit 2); others (disk full, I/O) make the run fail (exit 1). */
const USAGE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'EEXIST', 'ENAMETOOLONG', 'ELOOP']);

const usage = (line: string, message: string): Rendered => ({ stdout: '', stderr: line, outcome: { kind: 'usage', message } });
const failed = (line: string): Rendered => ({ stdout: '', stderr: line, outcome: { kind: 'done', failedRecords: 1, violations: 0 } });

/** A Node.js system error: it has a string `code` such as ENOENT and names the system call. */
function systemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/** The one-line rendering and outcome of a known failure, or undefined for anything else (a bug: it stays a crash). */
export function knownFailure(e: unknown, command: string): Rendered | undefined {
  if (e instanceof ShapesError) return usage(`lodscribe: ${e.message}`, e.message);
  if (e instanceof OutputError && e.code === 'output-refused') return usage(`${e.subject}: write: error output-refused: ${e.message}`, e.message);
  if (e instanceof OutputError) return failed(`${e.subject}: write: error ${e.code}: ${e.message}`);
  if (systemError(e)) {
    const line = `lodscribe: ${command}: error ${e.code.toLowerCase()}: ${e.message.replace(/\s+/g, ' ')}`;
    return USAGE_CODES.has(e.code) ? usage(line, e.message) : failed(line);
  }
  return undefined;
}
