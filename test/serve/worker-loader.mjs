// Test-only: lets a worker thread run the TypeScript sources (registers worker-hooks.mjs as a module loader).
import { register } from 'node:module';

register('./worker-hooks.mjs', import.meta.url);
