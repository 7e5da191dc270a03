import { test, expect } from '../support/test';
import { settledIndicator, typeInto } from '../support/page';
import { PHI_RULES, stubAnalysis } from '../support/stub-analysis';

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';

/** The extension's storage, as seen inside the service worker (evaluate() runs there). */
declare const chrome: { storage: { local: { clear(): Promise<void> } } };

test.describe('indicator details', () => {
  // "Always allow" stores the term: later specs that type the same MRN against the real engine must not inherit it
  test.afterEach(async ({ ext }) => {
    await ext.serviceWorker.evaluate(() => chrome.storage.local.clear());
  });

  test('opens from the keyboard, lists masked findings, jumps to one, dismisses without lowering others', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await typeInto(editor, RISKY);
    const indicator = await settledIndicator(page);
    await expect(indicator.getByRole('status')).toHaveText('Second Look: High risk: 3 findings');
    const badge = indicator.getByRole('button', { name: /Show details/ });
    await badge.focus();
    await page.keyboard.press('Enter');
    await expect(badge).toHaveAttribute('aria-expanded', 'true');
    const panel = indicator.getByRole('region');
    await expect(panel.locator('li')).toHaveCount(3);
    await expect(panel).toContainText('J••• S••••');
    await expect(panel).toContainText('••••••18');
    await expect(panel).not.toContainText('John Smith');
    await expect(panel).not.toContainText('00452318');

    await panel.locator('li[data-category="identifier"]').getByRole('button', { name: 'Show in text' }).click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('00452318');

    await panel.locator('li[data-category="name"]').getByRole('button', { name: 'Not a patient' }).click();
    await expect(indicator).toHaveAttribute('data-second-look-categories', 'identifier location');
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'high');
    await panel.locator('li[data-category="identifier"]').getByRole('button', { name: 'Always allow' }).click();
    await expect(indicator).toHaveAttribute('data-second-look-categories', 'location');
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'medium');
    await expect(editor).toHaveText(RISKY); // dismissing never edits the draft
  });

  test('highlights follow the text when the page scrolls', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.setViewportSize({ width: 800, height: 400 });
    await page.goto('https://x.com/home');
    await page.evaluate(() => document.body.style.setProperty('padding-bottom', '2000px'));
    await typeInto(page.locator('[data-testid="tweetTextarea_0"]'), 'MRN 00452318');
    const indicator = await settledIndicator(page);
    const mark = indicator.locator('.sl-mark').first();
    const textTop = (): Promise<number> => page.evaluate(() => {
      const editor = document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement;
      return editor.getBoundingClientRect().top;
    });
    await expect(mark).toBeVisible();
    const offset = async (): Promise<number> => ((await mark.boundingBox())?.y ?? NaN) - (await textTop());
    const before = await offset();
    const topBefore = await textTop();
    await page.evaluate(() => window.scrollBy(0, 60));
    expect(await textTop()).toBeCloseTo(topBefore - 60, 0); // the page did scroll
    await expect.poll(offset).toBeCloseTo(before, 0);
  });

  test('recovers when the background restarts between two keystrokes', async ({ page, ext }) => {
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await typeInto(editor, 'First line');
    await settledIndicator(page);
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await editor.pressSequentially(' and more', { delay: 5 });
    await expect(page.locator('[data-second-look-state="ready"]')).toHaveCount(1);
    await expect(editor).toHaveText('First line and more');
  });

  test('a 100,000-character draft keeps the page working', async ({ page }) => {
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await page.evaluate(() => {
      const long = 'Routine update with emoji 😀 and right-to-left עברית text. '.repeat(1700).slice(0, 100_000);
      (window as unknown as { __quill: { setText(text: string): void } }).__quill.setText(long);
    });
    await expect(page.locator('[data-second-look-state="ready"]')).toHaveCount(1, { timeout: 15_000 });
    await page.locator('.ql-editor').press('End');
    await page.keyboard.type('!');
    expect(await page.evaluate(() => (window as unknown as { __quill: { getLength(): number } }).__quill.getLength())).toBe(100_002);
  });
});
