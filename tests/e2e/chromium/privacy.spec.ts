import type { Request } from '@playwright/test';
import { test, expect } from '../support/test';
import { guardDialog, posts, settledIndicator, typeInto } from '../support/page';
import { SITE_PAGES } from '../support/routes';

/** The extension's APIs inside the service worker (evaluate() runs there). */
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }>;
};

/** Drafts full of identifiers: names, record numbers, phone numbers, a date of birth, an address. */
const LINKEDIN_DRAFT = 'Pt Maria Gonzalez, MRN 00452318, DOB 03/14/1957, phone (617) 555-0142, lives at 42 Elmwood Lane';
const X_DRAFT = 'Saw Mr Dwayne Okonkwo in bed 12 today, MRN 77310264, call his wife on 0207 946 0958';
/** What must never be found in persistent storage, nor unmasked in storage.session. */
const SECRETS = ['Maria', 'Gonzalez', '00452318', '1957', '617', '555-0142', 'Elmwood', 'Dwayne', 'Okonkwo', '77310264', '946 0958', '0958'];

interface Seen {
  url: string;
  type: string;
  from: string;
}

function describe(request: Request): Seen {
  const worker = request.serviceWorker();
  const frame = worker ? null : request.frame();
  return { url: request.url(), type: request.resourceType(), from: worker ? `worker ${worker.url()}` : frame ? `page ${frame.url()}` : 'unknown' };
}

/** A request is allowed when it loads a fixture page at a site's address, or a file of the extension itself. */
function allowed(seen: Seen, extensionId: string): boolean {
  const url = new URL(seen.url);
  if (url.protocol === 'chrome-extension:') return url.host === extensionId;
  return url.protocol === 'https:' && url.hostname in SITE_PAGES && seen.type === 'document';
}

test('a full session sends no request beyond the pages themselves and stores no draft text', async ({ page, ext }) => {
  test.setTimeout(40_000);
  await ext.serviceWorker.evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
  const seen: Seen[] = [];
  const record = (request: Request) => seen.push(describe(request));
  ext.context.on('request', record);

  // The recorder sees the service worker's own requests (a control: otherwise "none seen" would prove nothing).
  await ext.serviceWorker.evaluate(() => fetch('https://example.org/control').catch(() => undefined));
  await expect.poll(() => seen.map((s) => s.url)).toContain('https://example.org/control');
  expect(seen.find((s) => s.url === 'https://example.org/control')?.from).toMatch(/^worker chrome-extension:/);
  seen.length = 0;

  const extensionPage = async (path: string) => {
    const opened = await ext.context.newPage();
    await opened.goto(`chrome-extension://${ext.extensionId}/${path}`);
    return opened;
  };
  await extensionPage('welcome.html');

  // LinkedIn: type, held by the guard, posted anyway.
  await page.goto('https://www.linkedin.com/feed/');
  await page.getByRole('button', { name: 'Start a post' }).click();
  await typeInto(page.locator('.ql-editor'), LINKEDIN_DRAFT);
  await expect(await settledIndicator(page)).toHaveAttribute('data-second-look-risk', 'high');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await guardDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posts(page)).toEqual([{ box: 'share', text: LINKEDIN_DRAFT }]);

  // X: type, held on Ctrl+Enter, kept as a draft (its masked findings stay in storage.session).
  const x = await ext.context.newPage();
  await x.goto('https://x.com/home');
  const editor = x.locator('[data-testid="tweetTextarea_0"]');
  await typeInto(editor, X_DRAFT);
  await expect(await settledIndicator(x)).toHaveAttribute('data-second-look-risk', 'high');
  await editor.press('Control+Enter');
  await guardDialog(x).getByRole('button', { name: 'Edit post' }).click();
  const popup = await extensionPage('popup.html');
  await expect(popup.locator('html[data-rendered="true"]')).toBeAttached();
  const options = await extensionPage('options.html');
  await options.getByLabel(/Daily limit/).fill('45');
  await options.getByLabel(/Daily limit/).blur();
  await expect(options.getByRole('status').first()).toHaveText(/Saved/);
  await x.waitForTimeout(300); // time for any late request to show

  ext.context.off('request', record);
  expect(seen.filter((s) => !allowed(s, ext.extensionId))).toEqual([]);
  expect(seen.filter((s) => s.url.startsWith('https://')).length).toBeGreaterThanOrEqual(2); // the recorder saw the pages load

  const stored = await ext.serviceWorker.evaluate(async () => ({
    local: JSON.stringify(await chrome.storage.local.get(null)),
    sync: JSON.stringify(await chrome.storage.sync.get(null)),
    session: JSON.stringify(await chrome.storage.session.get(null)),
  }));
  expect(stored.local).toContain('"dailyLimitMinutes":45'); // the settings were written here, so this is where text would land
  for (const secret of SECRETS) {
    expect(stored.local.toLowerCase(), `storage.local holds "${secret}"`).not.toContain(secret.toLowerCase());
    expect(stored.sync.toLowerCase(), `storage.sync holds "${secret}"`).not.toContain(secret.toLowerCase());
    expect(stored.session.toLowerCase(), `storage.session holds "${secret}"`).not.toContain(secret.toLowerCase());
  }
  // storage.session keeps the X draft's findings, masked: every excerpt is bullets around a letter or digit at most at each end.
  const excerpts = [...stored.session.matchAll(/"excerpt":"([^"]*)"/g)].map((m) => m[1] ?? '');
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).toMatch(/^(\S•*\S?)( \S•*\S?)*$/u);
  for (const excerpt of excerpts) expect(excerpt).toContain('•');
});
