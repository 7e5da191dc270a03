import { test as base, expect, type Page } from '@playwright/test';
import { launchChromium, type ExtensionBrowser } from './launch';
import { unstubAnalysis } from './stub-analysis';

/**
 * The shared Playwright fixtures: one Chromium with the extension per worker (launching per test
 * would triple the run time on two cores), a fresh page per test, and per-test clean-up of the
 * background stub and open pages. Popup, usage and options specs can import this too.
 */
export const test = base.extend<{ page: Page }, { ext: ExtensionBrowser }>({
  ext: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const ext = await launchChromium();
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
    await unstubAnalysis(ext.serviceWorker).catch(() => undefined);
    for (const open of ext.context.pages()) await open.close();
  },
});

export { expect };
