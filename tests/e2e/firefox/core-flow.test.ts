import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxWithExtension } from './launch';
import { choose, dialogCount, guardDialog, posts, postsWhen, settledIndicator, typeInto } from './page';

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';
const CLEAN = 'Proud of our night team for a calm shift.';
// What a reader would call out in RISKY; the real engine may add more (e.g. patient_story, date).
const EXPECTED = ['identifier', 'location', 'name'];
const X_EDITOR = '[data-testid="tweetTextarea_0"]';

/**
 * The core flow in Firefox ESR with the built Firefox extension and the real engine: the same
 * fixture pages as the Chromium suite, served at the sites' real addresses.
 */
describe('Firefox ESR: inline warning and pre-post guard', () => {
  let firefox: FirefoxWithExtension;
  let page: Page;

  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => firefox?.close());
  afterEach(async () => page?.close().catch(() => undefined));

  it('LinkedIn: a risky draft shows a high-risk indicator; Post is held until "Post anyway", which posts once, unchanged', async () => {
    page = await firefox.newSitePage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.click('.share-box-feed-entry__trigger');
    await typeInto(page, '.ql-editor', RISKY);
    const indicator = await settledIndicator(page, 'high');
    expect(indicator.categories).toEqual(expect.arrayContaining(EXPECTED));

    await page.click('.share-actions__primary-action');
    const dialog = await guardDialog(page);
    expect(await posts(page)).toEqual([]);
    await choose(dialog, 'Post anyway');
    expect(await postsWhen(page, 1)).toEqual([{ box: 'share', text: RISKY }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await posts(page)).toHaveLength(1);
    expect(await dialogCount(page)).toBe(0);
  });

  it('X: a risky draft shows a high-risk indicator; Ctrl+Enter is held, and "Post anyway" posts it once', async () => {
    page = await firefox.newSitePage();
    await page.goto('https://x.com/home');
    await typeInto(page, X_EDITOR, RISKY);
    const indicator = await settledIndicator(page, 'high');
    expect(indicator.categories).toEqual(expect.arrayContaining(EXPECTED));

    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    const dialog = await guardDialog(page);
    expect(await posts(page)).toEqual([]);
    await choose(dialog, 'Post anyway');
    expect(await postsWhen(page, 1)).toEqual([{ box: 'inline', text: RISKY, media: 0 }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await posts(page)).toHaveLength(1);
  });

  it('X: the Post button is held on a risky draft; "Edit post" posts nothing', async () => {
    page = await firefox.newSitePage();
    await page.goto('https://x.com/home');
    await typeInto(page, X_EDITOR, RISKY);
    await page.click('[data-testid="tweetButtonInline"]');
    await choose(await guardDialog(page), 'Edit post');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await dialogCount(page)).toBe(0);
    expect(await posts(page)).toEqual([]);
  });

  it('twitter.com: a clean draft stays quiet and posts at once, without a dialog', async () => {
    page = await firefox.newSitePage();
    await page.goto('https://twitter.com/home');
    await typeInto(page, X_EDITOR, CLEAN);
    const indicator = await settledIndicator(page, 'none');
    expect(indicator.categories).toEqual([]);
    await page.click('[data-testid="tweetButtonInline"]');
    expect(await postsWhen(page, 1)).toEqual([{ box: 'inline', text: CLEAN, media: 0 }]);
    expect(await dialogCount(page)).toBe(0);
  });
});
