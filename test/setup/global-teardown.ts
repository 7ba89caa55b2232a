// Vitest globalSetup: at the very end of the run, the main process's Object.prototype holds no own enumerable key.
import { pollutedKeys } from './pollution.js';

export function teardown(): void {
  const polluted = pollutedKeys();
  if (polluted.length > 0) throw new Error(`prototype pollution at the end of the test run: ${polluted.join(', ')}`);
}
