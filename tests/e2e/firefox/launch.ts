import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIXTURES_OUT } from '../support/paths';
import { SITE_PAGES } from '../support/routes';
import { FIREFOX_EXTENSION, firefoxPath } from './paths';

/** The add-on's fixed moz-extension host in tests (Firefox would pick a random UUID per profile). */
export const EXTENSION_UUID = '5ec0d100-0c00-4a00-8000-5ec0d1000000';

/** A Firefox with the built extension installed as a temporary add-on. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's pages live here, e.g. `${origin}/popup.html`. */
  origin: string;
  /** A new tab that serves the fixture pages at the sites' real addresses and aborts every other request. */
  newSitePage(): Promise<Page>;
  close(): Promise<void>;
}

/** The site fixtures by host, read once (built by buildFixtures()). */
async function sitePages(): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const [host, file] of Object.entries(SITE_PAGES)) pages.set(host, await readFile(path.join(FIXTURES_OUT, file), 'utf8'));
  return pages;
}

/** Routes one page: fixture HTML for the sites' documents, nothing else over the network. */
async function routePage(page: Page, pages: Map<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const html = pages.get(url.hostname);
    // resourceType() is not available over BiDi; navigations are the documents.
    if (html !== undefined && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else if (url.protocol === 'http:' || url.protocol === 'https:') void request.abort();
    else void request.continue();
  });
}

/**
 * Launches Firefox ESR (headless unless `headless: false`) over WebDriver BiDi with the extension.
 * `-remote-allow-system-access` is what lets a test open the extension's own pages (the popup).
 */
export async function launchFirefox({ headless = true, extension = FIREFOX_EXTENSION } = {}): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(await readFile(path.join(extension, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID }) },
  });
  try {
    await browser.installExtension(extension);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const pages = await sitePages();
  return {
    browser,
    origin: `moz-extension://${EXTENSION_UUID}`,
    async newSitePage() {
      const page = await browser.newPage();
      await routePage(page, pages);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

