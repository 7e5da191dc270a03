import { browser } from 'wxt/browser';

/**
 * Deletes everything the extension stored on this device: settings, usage history, kept-aside
 * copies and per-tab results. Managed (enterprise) settings are not ours to delete and stay.
 */
export async function deleteAllData(): Promise<void> {
  await browser.storage.local.clear();
  await browser.storage.session?.clear().catch(() => undefined);
  await browser.storage.sync?.clear().catch(() => undefined);
}
