import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { guardDialog, indicators, posts, settledIndicator, typeInto } from '../support/page';
import { PHI_RULES, stubAnalysis } from '../support/stub-analysis';

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';
const X_EDITOR = '[data-testid="tweetTextarea_0"]';

/** Runs a script in the page's own world, as the site's scripts would (evaluate() runs there, not in the content script). */
function asPage<T>(page: Page, script: () => T): Promise<T> {
  return page.evaluate(script);
}

test.describe('a hostile page', () => {
  test.beforeEach(async ({ ext }) => stubAnalysis(ext.serviceWorker, PHI_RULES));

  test('cannot hide the indicator or the dialog with its own CSS', async ({ page }) => {
    await page.goto('https://x.com/home');
    await page.addStyleTag({
      content: `second-look-indicator, second-look-dialog, [data-second-look-risk], [data-second-look-dialog], body > :not(#react-root):not(#layers) {
        display: none !important; visibility: hidden !important; opacity: 0 !important; transform: scale(0) !important;
        clip-path: inset(50%) !important; width: 0 !important; height: 0 !important; pointer-events: none !important; }`,
    });
    await typeInto(page.locator(X_EDITOR), RISKY);
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'high');
    await expect(indicator.getByRole('button', { name: /Show details/ })).toBeVisible();
    await page.getByTestId('tweetButtonInline').click();
    await expect(guardDialog(page)).toBeVisible();
    await guardDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toHaveLength(1);
  });

  test('cannot remove the indicator for good: it comes back, and the guard holds meanwhile', async ({ page }) => {
    await page.goto('https://x.com/home');
    const editor = page.locator(X_EDITOR);
    await typeInto(editor, RISKY);
    await settledIndicator(page);
    await asPage(page, () => document.querySelectorAll('second-look-indicator').forEach((host) => host.remove()));
    await expect(indicators(page)).toHaveAttribute('data-second-look-risk', 'high');
    await expect(indicators(page).getByRole('button', { name: /Show details/ })).toBeVisible();
    await page.getByTestId('tweetButtonInline').click();
    await expect(guardDialog(page)).toBeVisible();
    expect(await posts(page)).toEqual([]);
    // a script that removes the dialog too: the post stays held, and the dialog is back
    await asPage(page, () => document.querySelectorAll('second-look-dialog').forEach((host) => host.remove()));
    await expect(guardDialog(page)).toBeVisible();
    await guardDialog(page).getByRole('button', { name: 'Edit post' }).click();
    await expect(indicators(page)).toHaveCount(1);
    await expect(indicators(page)).toHaveAttribute('data-second-look-risk', 'high');
    await expect(indicators(page).getByRole('button', { name: /Show details/ })).toBeVisible();
    expect(await posts(page)).toEqual([]);
  });

  test('cannot release a held post or lower the risk with forged events and messages', async ({ page, ext }) => {
    await page.goto('https://x.com/home');
    await typeInto(page.locator(X_EDITOR), RISKY);
    const indicator = await settledIndicator(page);
    await page.getByTestId('tweetButtonInline').click();
    await expect(guardDialog(page)).toBeVisible();
    const extensionId = ext.extensionId;
    await page.evaluate((id) => {
      const shadowButtons = (host: string): HTMLButtonElement[] =>
        [...document.querySelectorAll(host)].flatMap((h) => [...(h.shadowRoot?.querySelectorAll('button') ?? [])]);
      for (const button of shadowButtons('second-look-dialog')) {
        if (button.textContent === 'Post anyway') {
          button.click();
          button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
          button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
      }
      // the findings' own actions, pressed from the page
      for (const button of shadowButtons('second-look-indicator')) button.click();
      // what the extension's own messages look like, posted by the page
      window.postMessage({ type: 'sl:analyze', editorId: 'x', site: 'x', revision: 99, text: '', media: 0, dismissed: [] }, '*');
      window.postMessage({ ok: true, editorId: 'x', revision: 99, analysis: { risk: 'none', findings: [] } }, '*');
      // WXT's "a newer copy of this content script started" signal, forged: must not switch the extension off
      for (const name of ['x', 'linkedin']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
      }
    }, extensionId);
    await page.waitForTimeout(300);
    expect(await posts(page)).toEqual([]);
    await expect(guardDialog(page)).toBeVisible();
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'high');
    await expect(indicator).toHaveAttribute('data-second-look-categories', 'name identifier location');
    // the author's own click still decides
    await guardDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toEqual([{ box: 'inline', text: RISKY, media: 0 }]);
  });

  test('a page-made click or Ctrl+Enter on the site\'s Post button is held too', async ({ page }) => {
    await page.goto('https://x.com/home');
    await typeInto(page.locator(X_EDITOR), RISKY);
    await settledIndicator(page);
    await asPage(page, () => {
      (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click();
    });
    await expect(guardDialog(page)).toBeVisible();
    expect(await posts(page)).toEqual([]);
    await guardDialog(page).getByRole('button', { name: 'Edit post' }).click();
    await asPage(page, () => {
      const editor = document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement;
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, ctrlKey: true, bubbles: true, composed: true }));
    });
    await expect(guardDialog(page)).toBeVisible();
    expect(await posts(page)).toEqual([]);
  });
});
