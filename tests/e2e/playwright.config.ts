import { defineConfig } from '@playwright/test';

/**
 * The real-browser suite: headless Chromium with the built extension, fixture pages at the sites'
 * real addresses. One worker (two cores; one browser per worker), no retries: a flaky test is a bug.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['chromium/**/*.spec.ts'],
  globalSetup: './support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 20_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: '../../test-results',
  use: { trace: 'off', screenshot: 'off', video: 'off' },
});
