import { test, expect } from '../support/test';
import { settledIndicator, typeInto } from '../support/page';

/** The extension's storage, as seen inside the service worker (evaluate() runs there). */
declare const chrome: {
  storage: { local: { get(keys: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void>; clear(): Promise<void> } };
};

const TERM = 'brimblecote';

test.describe('options page', () => {
  test.beforeEach(async ({ ext }) => {
    await ext.serviceWorker.evaluate(() => chrome.storage.local.clear());
  });

  test('an own term added in the options page changes the indicator in an open tab, without a reload', async ({ page, ext }) => {
    await page.goto('https://www.linkedin.com/feed/');
    await page.getByRole('button', { name: 'Start a post' }).click();
    await typeInto(page.locator('.ql-editor'), `Lovely morning with the ${TERM} team`);
    const indicator = await settledIndicator(page);
    await expect(indicator).not.toHaveAttribute('data-second-look-categories', /location/);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByLabel(/Hospital, unit and ward names/).fill(TERM);
    await options.getByLabel(/Hospital, unit and ward names/).blur();
    await expect(options.getByRole('status').first()).toHaveText(/Saved/);

    await expect(indicator).toHaveAttribute('data-second-look-categories', /location/, { timeout: 10_000 });
  });

  test('a dangerous identifier pattern is rejected with a reason and not saved', async ({ ext }) => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const patterns = options.getByLabel(/Regular expressions for your record numbers/);
    await options.getByLabel('Try them on an example').fill('Seen MRN1234567 today');
    await patterns.fill('MRN\\d{7}');
    await expect(options.locator('#pattern-results li')).toHaveText(/finds “MRN1234567”/);
    await patterns.fill('(a+)+$');
    await expect(options.locator('#pattern-results li')).toHaveText(/Rejected: .*freeze/);
    await patterns.blur();
    await expect(options.getByRole('status').first()).toHaveText(/not saved/);
    const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { customPatterns?: string[] } | undefined)?.customPatterns ?? []).toEqual([]);
  });

  test('invalid stored settings show a notice; delete all asks first', async ({ ext }) => {
    await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { sensitivity: 'paranoid', dailyLimitMinutes: 30 } }));
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByRole('alert')).toHaveText(/could not be read \(sensitivity\)/);
    await expect(options.getByLabel(/Daily limit/)).toHaveValue('30');
    await options.getByRole('button', { name: 'Delete all stored data…' }).click();
    await options.getByRole('button', { name: 'Keep my data' }).click();
    expect(await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).not.toEqual({});
    await expect(options.getByRole('status').first()).toHaveText('Nothing was deleted.');
    await options.getByRole('button', { name: 'Delete all stored data…' }).click();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    // "Nothing was deleted." also matches /deleted/: wait for the deletion's own message
    await expect(options.getByRole('status').first()).toHaveText('All stored data was deleted.');
    expect(await ext.serviceWorker.evaluate(() => chrome.storage.local.get(null))).toEqual({});
    await expect(options.getByRole('alert')).toBeHidden();
  });
});
