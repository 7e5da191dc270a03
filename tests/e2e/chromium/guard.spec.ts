import { test, expect } from '../support/test';
import { guardDialog, posts, settledIndicator, typeInto } from '../support/page';
import { PHI_RULES, stubAnalysis } from '../support/stub-analysis';

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';

test.describe('pre-post guard', () => {
  test.beforeEach(async ({ ext }) => stubAnalysis(ext.serviceWorker, PHI_RULES));

  test('holds a risky post; "Post anyway" posts it once, unchanged (X)', async ({ page }) => {
    await page.goto('https://x.com/home');
    await typeInto(page.locator('[data-testid="tweetTextarea_0"]'), RISKY);
    await page.getByTestId('tweetButtonInline').click();
    await expect(guardDialog(page)).toBeVisible();
    expect(await posts(page)).toEqual([]);
    await guardDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect(guardDialog(page)).toHaveCount(0);
    await expect.poll(() => posts(page)).toEqual([{ box: 'inline', text: RISKY, media: 0 }]);
    await page.waitForTimeout(300);
    expect(await posts(page)).toHaveLength(1);
  });

  test('"Edit post" does not post and puts the caret on the first finding (LinkedIn)', async ({ page }) => {
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    const editor = page.locator('.ql-editor');
    await typeInto(editor, RISKY);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await guardDialog(page).getByRole('button', { name: 'Edit post' }).click();
    await expect(guardDialog(page)).toHaveCount(0);
    await expect(editor).toBeFocused();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('John Smith');
    expect(await posts(page)).toEqual([]);
  });

  test('a changed draft is checked again: once clean it posts without asking', async ({ page }) => {
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await typeInto(editor, RISKY);
    await page.getByTestId('tweetButtonInline').click();
    await guardDialog(page).getByRole('button', { name: 'Edit post' }).click();
    await editor.press('ControlOrMeta+a');
    await editor.pressSequentially('Quiet night on the ward', { delay: 5 });
    await page.getByTestId('tweetButtonInline').click();
    await expect.poll(() => posts(page)).toEqual([{ box: 'inline', text: 'Quiet night on the ward', media: 0 }]);
    await expect(guardDialog(page)).toHaveCount(0);
  });

  test('Ctrl+Enter is held on a risky draft; plain Enter only adds a line', async ({ page }) => {
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await typeInto(editor, RISKY);
    await settledIndicator(page);
    await editor.press('Enter');
    await expect(guardDialog(page)).toHaveCount(0);
    await editor.press('Control+Enter');
    await expect(guardDialog(page)).toBeVisible();
    expect(await posts(page)).toEqual([]);
    await guardDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toEqual([{ box: 'inline', text: `${RISKY}\n`, media: 0 }]);
  });

  test('a post typed and sent before the pause ends is still checked', async ({ page }) => {
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await editor.click();
    await editor.pressSequentially(RISKY, { delay: 0 });
    await page.getByTestId('tweetButtonInline').click();
    await expect(guardDialog(page)).toBeVisible();
    expect(await posts(page)).toEqual([]);
  });

  test('a clean draft posts at once, without a dialog', async ({ page }) => {
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page.locator('.ql-editor'), 'Thank you to our volunteers');
    await settledIndicator(page);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => posts(page)).toEqual([{ box: 'share', text: 'Thank you to our volunteers' }]);
    await expect(guardDialog(page)).toHaveCount(0);
  });

  test('a comment box submit (form button) is held and posted once through the site\'s button', async ({ page }) => {
    await page.goto('https://www.linkedin.com/feed/');
    await typeInto(page.locator('.comments-comment-box .ProseMirror').first(), 'Pt Mary Jones says hi');
    await page.getByRole('button', { name: 'Comment' }).first().click();
    await guardDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toEqual([{ box: 'comment-0', text: 'Pt Mary Jones says hi' }]);
  });
});

test.describe('pre-post guard with the real engine', () => {
  test('@engine holds a post naming a patient with an MRN; "Post anyway" posts it once', async ({ page }) => {
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page.locator('.ql-editor'), RISKY);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(guardDialog(page)).toBeVisible();
    expect(await posts(page)).toEqual([]);
    await guardDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toEqual([{ box: 'share', text: RISKY }]);
  });
});
