import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Two cores here and in CI.
    maxWorkers: 2,
    // Builds dist/ once when src/ changed, for the tests that run bin/cc-check.js as a user does.
    globalSetup: ['tests/cli/build-dist.ts'],
  },
});
