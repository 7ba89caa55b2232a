import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/integration/**'],
    testTimeout: 60_000,
    // Every test file: no connection off loopback, and no key left on a built-in prototype; the run ends with the same check.
    setupFiles: ['test/setup/no-network.ts', 'test/setup/prototype-guard.ts'],
    globalSetup: ['test/setup/global-teardown.ts'],
  },
});
