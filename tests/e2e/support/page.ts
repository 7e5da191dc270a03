import { expect, type Locator, type Page } from '@playwright/test';

/** Every Second Look indicator on the page (the contract element, found through shadow roots). */
export function indicators(page: Page): Locator {
  return page.locator('[data-second-look-risk]');
}

/** The guard dialog (contract attribute data-second-look-dialog). */
export function guardDialog(page: Page): Locator {
  return page.locator('[data-second-look-dialog]');
}

/** Waits until an indicator has analysed the latest draft (status "ready") and returns it. */
export async function settledIndicator(page: Page, index = 0): Promise<Locator> {
  const indicator = indicators(page).nth(index);
  await expect(indicator).toHaveAttribute('data-second-look-state', 'ready');
  return indicator;
}

/** What the fixture page's editors posted (window.__posts). */
export function posts(page: Page): Promise<Array<{ box: string; text: string; media?: number }>> {
  return page.evaluate(() => (window as unknown as { __posts: Array<{ box: string; text: string }> }).__posts);
}

/** Types like a person (one key at a time), so the editors and the watcher see real key events. */
export async function typeInto(editor: Locator, text: string): Promise<void> {
  await editor.click();
  await editor.pressSequentially(text, { delay: 5 });
}
