import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { guardDialog, settledIndicator, typeInto } from '../support/page';
import { stubAnalysis } from '../support/stub-analysis';

/** The extension's APIs inside the service worker (evaluate() runs there). */
declare const chrome: {
  tabs: { query(info: { url: string }): Promise<Array<{ id?: number }>> };
  storage: { session: { set(items: object): Promise<void> } };
};

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const LINK = '<a href="javascript:window.__pwned=1">chart</a>';
const DRAFT = `Pt John Smith ${IMG} ${SCRIPT} ${LINK}`;

/** Elements that markup typed into a draft could have created, in the document and in every open shadow root. */
function injected(page: Page): Promise<{ pwned: unknown; elements: string[] }> {
  return page.evaluate(() => {
    const roots: Array<Document | ShadowRoot> = [document];
    for (const root of roots) for (const node of root.querySelectorAll('*')) if (node.shadowRoot) roots.push(node.shadowRoot);
    // our shadow roots hold no script at all; the page's own scripts are in the document
    const elements = roots.flatMap((root) =>
      [...root.querySelectorAll(`img[src="x"], [onerror], a[href^="javascript:" i]${root === document ? '' : ', script'}`)].map((e) => `${e.localName} ${[...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}`),
    );
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, elements };
  });
}

test('markup and script in a draft are shown as text in the panel, the dialog and the popup, and run nothing', async ({ page, ext }) => {
  await stubAnalysis(ext.serviceWorker, [
    { pattern: '<img[^>]*>', category: 'identifier', severity: 'high', reason: 'Markup: $&' },
    { pattern: '<script>.*?</script>', category: 'contact', severity: 'medium', reason: 'Script: $&' },
    { pattern: '<a href="javascript:[^"]*">', category: 'location', severity: 'medium', reason: 'Link: $&' },
  ]);
  await page.goto('https://x.com/home');
  const editor = page.locator('[data-testid="tweetTextarea_0"]');
  await typeInto(editor, DRAFT);
  const indicator = await settledIndicator(page);
  await expect(indicator).toHaveAttribute('data-second-look-risk', 'high');
  await indicator.getByRole('button', { name: /Show details/ }).click();
  const panel = indicator.getByRole('region');
  await expect(panel.locator('li')).toHaveCount(3);
  await expect(panel).toContainText(`Markup: ${IMG}`);
  await expect(panel).toContainText(`Script: ${SCRIPT}`);
  await expect(panel).toContainText('Link: <a href="javascript:window.__pwned=1">');
  await expect(panel.locator('.sl-excerpt').first()).toHaveText(/^<•+ s•+ o•+$/);

  await page.getByTestId('tweetButtonInline').click();
  await expect(guardDialog(page)).toBeVisible();
  await expect(guardDialog(page).locator('.sl-excerpt').first()).toHaveText(/^<•+ s•+ o•+$/);
  expect(await injected(page)).toEqual({ pwned: undefined, elements: [] });
  await guardDialog(page).getByRole('button', { name: 'Edit post' }).click();
  await expect(editor).toHaveText(DRAFT);

  // The popup shows what the background keeps for the tab: give it hostile reasons and excerpts to show.
  const tabId = await ext.serviceWorker.evaluate(async ({ img, script }) => {
    const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
    const finding = (category: string, reason: string, excerpt: string) =>
      ({ category, start: 0, end: 3, severity: 'high', recognizer: 'test', reason, excerpt, refinements: [] });
    const state = { editorId: 'e1', site: 'x', revision: 1, updatedAt: Date.now(),
      analysis: { risk: 'high', findings: [finding('identifier', `Markup: ${img}`, img), finding('contact', `Script: ${script}`, script)] } };
    await chrome.storage.session.set({ 'sl:tab-states': { [String(tab?.id)]: { '0:e1': state } } });
    return tab?.id;
  }, { img: IMG, script: SCRIPT });
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers'); // the fresh worker reads the kept state back
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('html[data-rendered="true"]')).toBeAttached();
  await expect(popup.locator('[data-category="identifier"] .excerpt')).toHaveText(IMG);
  await expect(popup.locator('[data-category="identifier"] .why')).toHaveText(`Markup: ${IMG}`);
  await expect(popup.locator('[data-category="contact"] .excerpt')).toHaveText(SCRIPT);
  expect(await injected(popup)).toEqual({ pwned: undefined, elements: [] });
  expect(await injected(page)).toEqual({ pwned: undefined, elements: [] });
});
