import { test, expect } from '../support/test';
import { indicators, settledIndicator, typeInto } from '../support/page';
import { PHI_RULES, stubAnalysis } from '../support/stub-analysis';

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';
const IMAGE = { name: 'ward.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') };

test.describe('X', () => {
  test('the timeline box flags a risky draft and stays quiet on a clean one', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.goto('https://x.com/home');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await typeInto(editor, 'Coffee before the ward round');
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'none');
    await editor.press('Enter');
    await editor.pressSequentially(RISKY, { delay: 5 });
    await expect(indicator).toHaveAttribute('data-second-look-risk', 'high');
    await expect(indicator).toHaveAttribute('data-second-look-categories', 'name identifier location');
  });

  test('@engine an SSN is flagged by the real engine', async ({ page }) => {
    await page.goto('https://x.com/home');
    await typeInto(page.locator('[data-testid="tweetTextarea_0"]'), 'Her SSN is 912-44-0087, admitted last night');
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-risk', /^(medium|high)$/);
    await expect(indicator).toHaveAttribute('data-second-look-categories', /identifier/);
  });

  test('the compose modal opened by in-page navigation is watched, beside the timeline box', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.goto('https://x.com/home');
    await typeInto(page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'), 'Pt Mary Jones');
    await page.getByTestId('SideNav_NewTweet_Button').click();
    await expect(page).toHaveURL('https://x.com/compose/post');
    await typeInto(page.locator('#layers [data-testid="tweetTextarea_0"]'), 'MRN 00452318');
    await expect(indicators(page)).toHaveCount(2);
    await expect(page.locator('[data-second-look-categories="name"][data-second-look-risk="medium"]')).toHaveCount(1);
    await expect(page.locator('[data-second-look-categories="identifier"][data-second-look-risk="high"]')).toHaveCount(1);
  });

  test('a box that goes away takes its indicator; the box after navigating back is watched', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.goto('https://x.com/home');
    await typeInto(page.locator('[data-testid="tweetTextarea_0"]'), RISKY);
    await expect(indicators(page)).toHaveCount(1);
    await page.getByTestId('AppTabBar_Explore_Link').click();
    await expect(indicators(page)).toHaveCount(0);
    await page.getByTestId('AppTabBar_Home_Link').click();
    await typeInto(page.locator('[data-testid="tweetTextarea_0"]'), 'MRN 00452318');
    const indicator = await settledIndicator(page);
    await expect(indicator).toHaveAttribute('data-second-look-categories', 'identifier');
  });

  test('an attached image adds a media finding (stubbed background)', async ({ page, ext }) => {
    await stubAnalysis(ext.serviceWorker, PHI_RULES);
    await page.goto('https://x.com/home');
    await typeInto(page.locator('[data-testid="tweetTextarea_0"]'), 'Look at this');
    await page.getByTestId('fileInput').setInputFiles(IMAGE);
    await expect(indicators(page).first()).toHaveAttribute('data-second-look-categories', 'media');
    await expect(indicators(page).first()).toHaveAttribute('data-second-look-risk', 'medium');
  });

  test('@engine an attached image adds a media finding from the real background', async ({ page }) => {
    await page.goto('https://x.com/home');
    await typeInto(page.locator('[data-testid="tweetTextarea_0"]'), 'Look at this');
    await page.getByTestId('fileInput').setInputFiles(IMAGE);
    await expect(indicators(page).first()).toHaveAttribute('data-second-look-categories', /media/);
  });
});
