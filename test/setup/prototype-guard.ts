// Vitest setup file: after every test file, Object.prototype (and the other built-in prototypes) hold no own enumerable key.
import { afterAll } from 'vitest';
import { pollutedKeys } from './pollution.js';

afterAll(() => {
  const polluted = pollutedKeys();
  if (polluted.length > 0) throw new Error(`prototype pollution after this test file: ${polluted.join(', ')}`);
});
