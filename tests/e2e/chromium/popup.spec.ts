import { test, expect } from '../support/test';
import { settledIndicator, typeInto } from '../support/page';

/** The extension's APIs inside the service worker (evaluate() runs there). */
declare const chrome: { tabs: { query(info: { url: string }): Promise<Array<{ id?: number }>> } };

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';

/**
 * The popup (opened as a tab, popup.html?tab=<id>) lists what the real engine found in the LinkedIn
 * fixture's draft, each category with advice and sources, and nothing once the draft is cleared.
 */
test('@engine the popup lists the draft\'s risks with advice, and forgets them when the draft is cleared', async ({ page, ext }) => {
  await page.goto('https://www.linkedin.com/feed/');
  await page.getByRole('button', { name: 'Start a post' }).click();
  const editor = page.locator('.ql-editor');
  await typeInto(editor, RISKY);
  const indicator = await settledIndicator(page);
  await expect(indicator).toHaveAttribute('data-second-look-risk', /^(medium|high)$/);
  const categories = ((await indicator.getAttribute('data-second-look-categories')) ?? '').split(' ').filter(Boolean);
  expect(categories).toContain('identifier');

  const [tab] = await ext.serviceWorker.evaluate(() => chrome.tabs.query({ url: 'https://www.linkedin.com/*' }));
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab?.id}`);
  await expect(popup.locator('html[data-rendered="true"]')).toBeAttached();

  // The same categories as the page's indicator, each with masked excerpts, advice and source links.
  const shown = await popup.locator('[data-category]').evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
  expect([...shown].sort()).toEqual([...categories].sort());
  const identifier = popup.locator('[data-category="identifier"]');
  await expect(identifier.locator('.excerpt').first()).toHaveText(/^0•+8$/);
  await expect(identifier).not.toContainText('00452318');
  await expect(identifier.locator('.advice-item').first()).toBeVisible();
  const source = identifier.locator('.advice-source a').first();
  await expect(source).toHaveAttribute('href', /^https:\/\//);
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(popup.locator('[data-risk]')).toHaveAttribute('data-risk', /^(medium|high)$/);

  // Clearing the draft forgets it: the popup shows the calm state and no risks.
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(indicator).toHaveAttribute('data-second-look-risk', 'none');
  await popup.reload();
  await expect(popup.locator('html[data-rendered="true"]')).toBeAttached();
  await expect(popup.locator('[data-category]')).toHaveCount(0);
  await expect(popup.locator('.calm')).toBeVisible();
  await expect(popup.locator('[data-risk]')).toHaveAttribute('data-risk', 'none');
});

test('the popup is calm for a tab that is not on LinkedIn or X', async ({ ext }) => {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.locator('html[data-rendered="true"]')).toBeAttached();
  await expect(popup.locator('.calm[data-state="off-site"]')).toBeVisible();
  await expect(popup.locator('[data-category]')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Settings' })).toBeVisible();
});
