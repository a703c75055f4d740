import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // The real package has types only; the stub behaves as Obsidian does where the plugin depends on it.
      obsidian: fileURLToPath(new URL('./test/stubs/obsidian.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    environment: 'node',
    // A run leaves nothing in the system's temporary folder, and fails if it would.
    globalSetup: ['test/support/temp-run.ts'],
    setupFiles: ['test/support/remove-temp-dirs.ts'],
  },
});
