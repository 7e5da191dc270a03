// Opens a browser with the built extension and the fixture pages at LinkedIn's and X's real
// addresses (request routing; every other request is aborted), for `npm run demo`.
import { chromium, type Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FLAGS } from '../tests/e2e/support/launch';
import { chromiumPath } from '../tests/e2e/support/paths';
import { routeSites } from '../tests/e2e/support/routes';
import { launchFirefox } from '../tests/e2e/firefox/launch';

/** The pages the demo opens, one tab each. */
export const DEMO_PAGES = ['https://www.linkedin.com/feed/', 'https://x.com/home'];

/** A running demo browser: its site tabs (as simple handles) and how to end it. */
export interface DemoBrowser {
  /** Types into the LinkedIn share box and resolves with the indicator's risk (used by `--check`). */
  tryRiskyDraft(text: string): Promise<string | null>;
  /** Resolves when the user closes the browser. */
  closed: Promise<void>;
  close(): Promise<void>;
}

const INDICATOR = '[data-second-look-state="ready"][data-second-look-risk]:not([data-second-look-risk="none"])';

/** Chromium with the unpacked Chrome build, headed unless `headless`. */
export async function openChromium(extension: string, headless: boolean): Promise<DemoBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'second-look-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    viewport: null,
    // The demo ends the browser itself on Ctrl+C, then removes the profile.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...FLAGS],
  });
  await routeSites(context);
  const pages: ChromiumPage[] = [];
  for (const url of DEMO_PAGES) {
    const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
    await page.goto(url);
    pages.push(page);
  }
  await pages[0]?.bringToFront();
  const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
  return {
    async tryRiskyDraft(text) {
      const page = pages[0]!;
      await page.getByRole('button', { name: 'Start a post' }).click();
      await page.locator('.ql-editor').pressSequentially(text, { delay: 5 });
      return page.locator(INDICATOR).first().getAttribute('data-second-look-risk', { timeout: 10_000 });
    },
    closed,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox ESR with the Firefox build as a temporary add-on, headed unless `headless`. */
export async function openFirefox(extension: string, headless: boolean): Promise<DemoBrowser> {
  const firefox = await launchFirefox({ headless, extension });
  const pages: FirefoxPage[] = [];
  for (const url of DEMO_PAGES) {
    const page = await firefox.newSitePage();
    await page.goto(url);
    pages.push(page);
  }
  for (const blank of await firefox.browser.pages()) if (!pages.includes(blank)) await blank.close().catch(() => undefined);
  await pages[0]?.bringToFront();
  const closed = new Promise<void>((resolve) => firefox.browser.on('disconnected', () => resolve()));
  return {
    async tryRiskyDraft(text) {
      const page = pages[0]!;
      await page.click('.share-box-feed-entry__trigger');
      await page.click('.ql-editor');
      await page.keyboard.type(text, { delay: 5 });
      const host = await page.waitForSelector(INDICATOR, { timeout: 10_000 });
      return host!.evaluate((el) => el.getAttribute('data-second-look-risk'));
    },
    closed,
    close: () => firefox.close(),
  };
}
