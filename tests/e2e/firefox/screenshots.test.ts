import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/paths';
import { launchFirefox, type FirefoxWithExtension } from './launch';
import { guardDialog, settledIndicator, typeInto } from './page';

const SHOTS = path.join(REPO, 'assets/screenshots');
const DRAFT = 'Pt John Smith, MRN 00452318, in bed 4 today. Great recovery after a long week!';
// A week of made-up minutes per site for the usage chart, today last.
const WEEK = [[12, 5], [25, 0], [8, 14], [31, 6], [18, 9], [0, 22], [42, 7]] as const;

/** The local day `offset` days from today as YYYY-MM-DD (the usage history's key). */
function dayKey(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Opens an extension page: over BiDi goto() on moz-extension:// never resolves, so wait for the page instead. */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await page.waitForFunction((want) => location.href === want && document.documentElement.dataset.rendered === 'true', { timeout: 10_000 }, url);
}

/**
 * The README's screenshots (assets/screenshots/), made by the browser: the inline warning, the
 * guard and the popup with advice and a week of usage. Run with `npm run screenshots`; skipped otherwise.
 */
describe.skipIf(process.env.SCREENSHOTS !== '1')('README screenshots (Firefox ESR)', () => {
  let firefox: FirefoxWithExtension;
  let site: Page;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    firefox = await launchFirefox();
    site = await firefox.newSitePage();
    await site.setViewport({ width: 960, height: 600 });
  });
  afterAll(async () => firefox?.close());

  it('the inline warning, its details panel open', async () => {
    await site.goto('https://www.linkedin.com/feed/');
    await site.click('.share-box-feed-entry__trigger');
    await typeInto(site, '.ql-editor', DRAFT);
    await settledIndicator(site, 'high');
    await site.click('>>> .sl-badge');
    await site.waitForSelector('>>> .sl-panel', { visible: true });
    await site.screenshot({ path: path.join(SHOTS, 'inline-warning.png') });
  });

  it('the guard holding the post', async () => {
    await site.click('>>> .sl-badge');
    await site.click('.share-actions__primary-action');
    await guardDialog(site);
    await site.screenshot({ path: path.join(SHOTS, 'guard-dialog.png') });
  });

  it('the popup: the tab\'s risks with advice, and a week of time on the sites', async () => {
    const popup = await firefox.browser.newPage();
    await popup.setViewport({ width: 380, height: 900 });
    await openExtensionPage(popup, `${firefox.origin}/popup.html?tab=0`);
    const days = Object.fromEntries(WEEK.map(([linkedin, x], i) => [dayKey(i - WEEK.length + 1), { linkedin: linkedin * 60_000, x: x * 60_000 }]));
    const tabId = await popup.evaluate(async (days) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id: number }>> }; storage: { local: { set(v: object): Promise<void> } } } }).browser;
      await api.storage.local.set({ 'usage:history': { version: 1, countedUntil: Date.now(), days } });
      return (await api.tabs.query({ url: 'https://www.linkedin.com/*' }))[0]?.id;
    }, days);
    await openExtensionPage(popup, `${firefox.origin}/popup.html?tab=${tabId}`);
    const categories = await popup.$$eval('[data-category]', (els) => els.map((el) => el.getAttribute('data-category')));
    expect(categories).toEqual(expect.arrayContaining(['identifier', 'name']));
    expect(await popup.$eval('[data-usage-site="linkedin"]', (el) => el.getAttribute('data-usage-minutes'))).toBe(String(WEEK[6][0]));
    await popup.screenshot({ path: path.join(SHOTS, 'popup-advice-usage.png'), fullPage: true });
    const usage = await popup.$('.sl-usage');
    await usage!.screenshot({ path: path.join(SHOTS, 'popup-usage.png') });
  });
});
