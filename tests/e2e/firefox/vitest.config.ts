import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The Firefox ESR suite: puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox),
 * run by vitest. One file at a time and one browser per file: two cores, and Firefox takes seconds to start.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    globalSetup: ['tests/e2e/firefox/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
