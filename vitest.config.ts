import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // End-to-end tests render real PDFs; the first render in a process loads fonts.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One full build of the project's content, read back by the end-to-end tests.
    globalSetup: ['tests/global-build.ts'],
  },
});
