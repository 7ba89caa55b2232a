// A worker thread's module → its URL: the compiled file in the caller's tree, or the built one in dist/ for sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The module `path` (relative to `src/` or `dist/`, ending in `.js`) for a caller one folder down in either tree.
 * Tests run the TypeScript sources, which have no `.js` beside them: they get the one `npm run build` made.
 */
export function workerModule(callerUrl: string, path: string): URL {
  const own = new URL(`../${path}`, callerUrl);
  return existsSync(fileURLToPath(own)) ? own : new URL(`../../dist/${path}`, callerUrl);
}
