import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { FIXTURES_OUT } from './paths';

/** Which fixture page answers each site host: every path of a host gets the same single-page app. */
export const SITE_PAGES: Record<string, string> = {
  'www.linkedin.com': 'linkedin.html',
  'x.com': 'x.html',
  'twitter.com': 'x.html',
};

/**
 * Serves fixture pages at the sites' real addresses (so the manifest's match patterns apply as on
 * the real sites) and aborts every other network request: tests never touch the network.
 * `extra` adds or overrides pages by host (e.g. an options or control page).
 */
export async function routeSites(context: BrowserContext, extra: Record<string, string> = {}): Promise<void> {
  const pages = new Map<string, string>();
  for (const [host, file] of Object.entries(SITE_PAGES)) pages.set(host, await readFile(path.join(FIXTURES_OUT, file), 'utf8'));
  for (const [host, html] of Object.entries(extra)) pages.set(host, html);
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const html = pages.get(url.hostname);
    if (html !== undefined && request.resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') return route.abort('blockedbyclient');
    return route.continue();
  });
}
