import type { ElementHandle, Page } from 'puppeteer-core';

/** The contract attributes of the first indicator once it has analysed the latest draft. */
export interface IndicatorReading {
  risk: string;
  categories: string[];
}

/** Types like a person, one key at a time, so the editors and the watcher see real key events. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.click(selector);
  await page.keyboard.type(text, { delay: 5 });
}

/** Waits until an indicator has analysed the draft (state "ready") with the given risk, and reads it. */
export async function settledIndicator(page: Page, risk: string): Promise<IndicatorReading> {
  const host = await page.waitForSelector(`[data-second-look-state="ready"][data-second-look-risk="${risk}"]`, { timeout: 10_000 });
  const categories = (await host!.evaluate((el) => el.getAttribute('data-second-look-categories'))) ?? '';
  return { risk, categories: categories.split(' ').filter(Boolean) };
}

/** The guard dialog (contract attribute data-second-look-dialog, inside the extension's shadow root), once shown. */
export async function guardDialog(page: Page): Promise<ElementHandle<Element>> {
  const dialog = await page.waitForSelector('>>> [data-second-look-dialog]', { visible: true, timeout: 10_000 });
  if (!dialog) throw new Error('no guard dialog');
  return dialog;
}

/** How many guard dialogs are in the page (deep, through shadow roots). */
export async function dialogCount(page: Page): Promise<number> {
  return (await page.$$('>>> [data-second-look-dialog]')).length;
}

/** Clicks the dialog's button with exactly this label ("Edit post" or "Post anyway"). */
export async function choose(dialog: ElementHandle<Element>, label: string): Promise<void> {
  for (const button of await dialog.$$('button')) {
    if ((await button.evaluate((el) => el.textContent?.trim())) === label) return button.click();
  }
  throw new Error(`the guard dialog has no "${label}" button`);
}

/** What the fixture page's editors posted (window.__posts). */
export function posts(page: Page): Promise<Array<{ box: string; text: string; media?: number }>> {
  return page.evaluate(() => (window as unknown as { __posts: Array<{ box: string; text: string; media?: number }> }).__posts);
}

/** Polls until the fixture has recorded `count` posts (or the time is up), then returns them. */
export async function postsWhen(page: Page, count: number, timeout = 5_000): Promise<Awaited<ReturnType<typeof posts>>> {
  const until = Date.now() + timeout;
  let seen = await posts(page);
  while (seen.length < count && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await posts(page);
  }
  return seen;
}
