import { defineConfig } from 'vitest/config';

// End-to-end tests in a real headless Chromium, against the built main.js.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
