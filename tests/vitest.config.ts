import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Run from the repo root whatever the current directory, so test paths stay stable.
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Some tests build or check thousands of generated files; on a busy 2-core CI machine that can
    // take more than Vitest's default 5 s. Time is never what they assert.
    testTimeout: 30_000,
  },
});
