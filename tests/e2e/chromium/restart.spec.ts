import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { guardDialog, posts, settledIndicator } from '../support/page';
import type { ExtensionBrowser } from '../support/launch';

/** The extension's storage, as seen inside the service worker (evaluate() runs there). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } } };

/** Stops every service worker, as Chrome does to an idle one; the next message starts it afresh. */
async function restartWorker(ext: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

test('@engine restarts of the service worker while typing lose no warning and leave no error behind', async ({ page, ext }) => {
  await page.goto('https://x.com/home');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await editor.click();
  // the restart lands between two keystrokes, while an analysis may be on its way; the engine then starts cold
  await editor.pressSequentially('Pt Maria Gonzalez, MRN 0045', { delay: 5 });
  await restartWorker(ext, page);
  await editor.pressSequentially('2318, in bed 12', { delay: 5 });
  const indicator = await settledIndicator(page);
  await expect(indicator).toHaveAttribute('data-second-look-risk', 'high');
  await expect(indicator).toHaveAttribute('data-second-look-categories', /identifier/);
  // one more restart, then the post: the guard asks the fresh worker and still holds it
  await restartWorker(ext, page);
  await page.getByTestId('tweetButtonInline').click();
  await expect(guardDialog(page)).toBeVisible();
  expect(await posts(page)).toEqual([]);
  await guardDialog(page).getByRole('button', { name: 'Edit post' }).click();
  await expect(indicator).toHaveAttribute('data-second-look-state', 'ready');
});

/** The milliseconds counted for LinkedIn today, as stored by the background. */
async function linkedinMs(ext: ExtensionBrowser): Promise<number> {
  const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('usage:history'));
  const days = (stored['usage:history'] as { days?: Record<string, { linkedin?: number }> } | undefined)?.days ?? {};
  return Object.values(days).reduce((sum, day) => sum + (day.linkedin ?? 0), 0);
}

/** Uses the page for about `ms`, then hands over the slice (the page's own blur event ends it, as leaving the window does). */
async function useFor(page: Page, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (let i = 0; Date.now() < until; i++) {
    await page.mouse.move(100 + (i % 40), 200);
    await page.waitForTimeout(250);
  }
  await page.evaluate(() => {
    window.dispatchEvent(new Event('blur'));
    window.dispatchEvent(new Event('focus'));
  });
}

test('time keeps being counted across service-worker restarts, the slice in flight included', async ({ page, ext }) => {
  await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('usage:history'));
  await page.bringToFront(); // the page loads in front of the user, so counting starts with the load
  const started = Date.now();
  await page.goto('https://www.linkedin.com/feed/');
  expect(await page.evaluate(() => document.visibilityState === 'visible' && document.hasFocus())).toBe(true);
  await useFor(page, 3_000);
  await expect.poll(() => linkedinMs(ext)).toBeGreaterThan(2_500);
  const before = await linkedinMs(ext);
  // the next slice is being measured while the worker stops; it reaches the fresh worker and is counted in full
  await page.mouse.move(50, 50);
  await restartWorker(ext, page);
  await useFor(page, 3_000);
  await expect.poll(() => linkedinMs(ext)).toBeGreaterThan(before + 2_500);
  expect(await linkedinMs(ext)).toBeLessThanOrEqual(Date.now() - started);
});
