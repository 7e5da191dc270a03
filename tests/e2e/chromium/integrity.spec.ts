import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { launchPlainChromium } from '../support/launch';
import { settledIndicator } from '../support/page';
import { PHI_RULES, stubAnalysis } from '../support/stub-analysis';

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';

interface Trace {
  typed: { html: string; text: string };
  undone: { html: string; text: string };
}

const SITES = [
  { name: 'LinkedIn share box (Quill)', url: 'https://www.linkedin.com/feed/', open: 'Start a post', editor: '.ql-editor' },
  { name: 'X timeline box (Draft.js)', url: 'https://x.com/home', open: null, editor: '[data-testid="tweetTextarea_0"]' },
] as const;

/** Types a draft and undoes once, recording the editor's exact DOM and text after each step. */
async function trace(context: BrowserContext, site: (typeof SITES)[number], waitFor: (page: Page) => Promise<void>): Promise<Trace> {
  const page = await context.newPage();
  await page.goto(site.url);
  if (site.open) await page.getByRole('button', { name: site.open }).click();
  const editor = page.locator(site.editor);
  await editor.click();
  await editor.pressSequentially(RISKY, { delay: 5 });
  await waitFor(page);
  const snapshot = (): Promise<{ html: string; text: string }> =>
    editor.evaluate((node) => ({
      // Draft.js names its blocks with random keys: compare structure, not the random names
      html: Array.from(node.childNodes, (child) => new XMLSerializer().serializeToString(child)).join('').replace(/data-(editor|offset-key)="[^"]*"/g, 'data-$1=""'),
      text: (node as HTMLElement).innerText,
    }));
  const typed = await snapshot();
  await editor.press('ControlOrMeta+z');
  await page.waitForTimeout(200);
  const undone = await snapshot();
  await page.close();
  return { typed, undone };
}

for (const site of SITES) {
  test(`${site.name}: text and undo are exactly as without the extension`, async ({ ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES); // highlights drawn: the heaviest case for the page
    const withUs = await trace(ext.context, site, async (page) => {
      await expect(await settledIndicator(page)).toHaveAttribute('data-second-look-risk', 'high');
    });
    const plain = await launchPlainChromium();
    try {
      const without = await trace(plain.context, site, (page) => page.waitForTimeout(400));
      expect(withUs).toEqual(without);
      expect(withUs.typed.text).toContain('00452318');
    } finally {
      await plain.close();
    }
  });
}
