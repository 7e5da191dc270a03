import { test, expect } from '../support/test';

/** The extension's storage, as seen inside the service worker (evaluate() runs there). */
declare const chrome: {
  storage: { local: { get(keys: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void>; clear(): Promise<void> } };
};

/**
 * Active time on the routed LinkedIn fixture reaches the popup. It takes a real minute: the popup
 * shows whole minutes, and time is only counted while the page is in use, so the test keeps using it.
 */
test('a minute spent using LinkedIn shows in the popup', async ({ page, ext }) => {
  test.setTimeout(120_000);
  await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('usage:history'));
  await page.goto('https://www.linkedin.com/feed/');
  await page.bringToFront();
  const started = Date.now();
  for (let i = 0; Date.now() - started < 64_000; i++) {
    await page.mouse.move(100 + (i % 50), 200);
    await page.mouse.wheel(0, i % 2 ? 40 : -40);
    await page.waitForTimeout(5_000);
  }
  // The page hands over its time in 15-second slices, so the last one can land up to 15 s later.
  const countedMs = async () => {
    const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('usage:history'));
    const history = stored['usage:history'] as { days: Record<string, { linkedin?: number }> } | undefined;
    return Object.values(history?.days ?? {}).reduce((sum, d) => sum + (d.linkedin ?? 0), 0);
  };
  await expect.poll(countedMs, { timeout: 25_000, intervals: [1_000] }).toBeGreaterThan(60_000);
  // Counted time is what the page was used for: never more than wall time.
  expect(await countedMs()).toBeLessThanOrEqual(Date.now() - started + 1_000);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const linkedin = popup.locator('[data-usage-site="linkedin"]');
  await expect(linkedin).toHaveAttribute('data-usage-minutes', '1', { timeout: 10_000 });
  await expect(popup.locator('[data-usage-site="x"]')).toHaveAttribute('data-usage-minutes', '0');
});
