import { test, expect } from '../support/test';
import { posts, settledIndicator, typeInto } from '../support/page';

/** The extension's storage, as seen inside the service worker (evaluate() runs there). */
declare const chrome: { storage: { local: { set(items: object): Promise<void>; clear(): Promise<void> } } };

test.describe('daily-limit nudge', () => {
  test.afterEach(async ({ ext }) => {
    await ext.serviceWorker.evaluate(() => chrome.storage.local.clear());
  });

  test('past the daily limit the indicator shows one gentle line, and a clean post still goes out at once', async ({ page, ext }) => {
    await ext.serviceWorker.evaluate(async () => {
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      await chrome.storage.local.set({
        settings: { dailyLimitMinutes: 30 },
        'usage:history': { version: 1, countedUntil: 0, days: { [today]: { linkedin: 25 * 60_000, x: 12 * 60_000 } } },
      });
    });
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page.locator('.ql-editor'), 'Thank you to our volunteers');
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'none');
    await expect(indicator).toHaveAttribute('data-second-look-nudge', '');
    const nudge = indicator.locator('.sl-nudge');
    await expect(nudge).toBeVisible();
    await expect(nudge).toHaveText(/^You've spent 3\d minutes on LinkedIn and X today — time for a break\?$/);

    // a higher limit takes the line away at once; a lower one brings it back
    await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { dailyLimitMinutes: 120 } }));
    await expect(nudge).toBeHidden();
    await expect(indicator).not.toHaveAttribute('data-second-look-nudge', /.*/);
    await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { dailyLimitMinutes: 30 } }));
    await expect(nudge).toBeVisible();

    // the nudge never holds a post
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posts(page)).toEqual([{ box: 'share', text: 'Thank you to our volunteers' }]);
  });
});
