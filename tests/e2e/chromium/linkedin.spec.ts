import { test, expect } from '../support/test';
import { indicators, settledIndicator, typeInto } from '../support/page';
import { PHI_RULES, stubAnalysis } from '../support/stub-analysis';

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';
const CLEAN = 'Proud of our night team for a calm shift.';

test.describe('LinkedIn', () => {
  test('a clean draft in the share box is watched and stays quiet', async ({ page }) => {
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page.locator('.ql-editor'), CLEAN);
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'none');
    await expect(indicator).toHaveAttribute('data-second-look-categories', '');
    await expect(indicator.getByRole('button')).toBeHidden();
  });

  test('a risky draft shows the indicator with its risk and categories (stubbed background)', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page.locator('.ql-editor'), RISKY);
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'high');
    await expect(indicator).toHaveAttribute('data-second-look-categories', 'name identifier location');
    const badge = indicator.getByRole('button', { name: /High risk: 3 findings/ });
    await expect(badge).toBeVisible();
    await expect(indicator.locator('.sl-mark')).toHaveCount(3);
  });

  test('@engine a risky draft is flagged by the real engine', async ({ page }) => {
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page.locator('.ql-editor'), RISKY);
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-risk', /^(medium|high)$/);
    await expect(indicator).toHaveAttribute('data-second-look-categories', /identifier/);
  });

  test('the share box inside #interop-outlet\'s open shadow root is watched', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.goto('https://www.linkedin.com/feed/?composer=shadow');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page.locator('#interop-outlet .ql-editor'), RISKY);
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'high');
  });

  test('TipTap comment boxes each get their own indicator', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.goto('https://www.linkedin.com/feed/');
    const boxes = page.locator('.comments-comment-box .ProseMirror');
    await expect(boxes).toHaveCount(2);
    await typeInto(boxes.nth(0), 'Pt Mary Jones was discharged');
    await typeInto(boxes.nth(1), CLEAN);
    await expect(indicators(page)).toHaveCount(2);
    await expect(page.locator('[data-second-look-risk="medium"][data-second-look-categories="name"]')).toHaveCount(1);
    await expect(page.locator('[data-second-look-state="ready"][data-second-look-risk="none"]')).toHaveCount(1);
  });
});
