import { browser } from 'wxt/browser';
import { parseHistory, type UsageHistory } from './history';

/**
 * Where the usage history lives: storage.local, on this device only (it is personal and needs no
 * sync). The background is its only writer; the popup and content scripts read and watch it.
 */

export const HISTORY_KEY = 'usage:history';
/** A stored value that could not be read in full is kept here, so an upgrade bug never erases it. */
export const HISTORY_UNREADABLE_KEY = 'usage:history:unreadable';

/** The stored history, repaired entry by entry (the unreadable original is kept aside once). */
export async function loadHistory(): Promise<UsageHistory> {
  const raw = (await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY];
  const { history, problems } = parseHistory(raw);
  if (problems.length > 0) {
    const kept = await browser.storage.local.get(HISTORY_UNREADABLE_KEY);
    if (kept[HISTORY_UNREADABLE_KEY] === undefined) {
      await browser.storage.local.set({ [HISTORY_UNREADABLE_KEY]: { savedAt: Date.now(), problems, raw } });
    }
  }
  return history;
}

/** Replaces the stored history. */
export async function saveHistory(history: UsageHistory): Promise<void> {
  await browser.storage.local.set({ [HISTORY_KEY]: history });
}

/** Calls back with the history whenever it changes; returns an unsubscribe function. */
export function watchHistory(callback: (history: UsageHistory) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && HISTORY_KEY in changes) callback(parseHistory(changes[HISTORY_KEY]!.newValue).history);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
