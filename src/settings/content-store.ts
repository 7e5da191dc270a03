import { browser } from 'wxt/browser';
import { userContentSettings, withAllowedTerm, withContentPolicy, type ContentSettings } from './content-settings';

/**
 * Settings storage as content scripts use it, without zod (see content-settings.ts). Same keys as
 * store.ts; a unit test keeps them equal.
 */
export const SETTINGS_KEY = 'settings';
export const INVALID_SETTINGS_KEY = 'settings:invalid';

async function readManaged(): Promise<unknown> {
  try {
    // Throws in Firefox without a policy and in test browsers; an absent policy is an empty one.
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

async function readUser(): Promise<unknown> {
  return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/**
 * Calls back with the effective settings as soon as the user's are read, again once a policy is
 * read (managed storage can take seconds to answer, and the page must not wait for it), and on every
 * change of the stored settings, including fields a content script does not read (own terms change
 * the background's answers). Unreadable storage leaves the defaults. Returns an unsubscribe function.
 */
export function watchContentSettings(callback: (settings: ContentSettings) => void): () => void {
  let active = true;
  let user: unknown;
  let userSeen = false; // a change event newer than the first read wins over it
  let managed: unknown = {};
  const emit = () => {
    if (active) callback(withContentPolicy(userContentSettings(user), managed));
  };
  const firstRead = () =>
    readUser().then(
      (raw) => {
        if (userSeen) return;
        user = raw;
        emit();
      },
      () => emit(), // unreadable: the defaults
    );
  const reloadManaged = async () => {
    const policy = await readManaged();
    if (JSON.stringify(policy) === JSON.stringify(managed)) return; // usually no policy at all: nothing new to apply
    managed = policy;
    emit();
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      user = changes[SETTINGS_KEY]?.newValue;
      userSeen = true;
      emit();
    }
    if (area === 'managed') void reloadManaged();
  };
  browser.storage.onChanged.addListener(listener);
  void firstRead().then(reloadManaged);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Adds a term to the user's allowlist ("never flag this"); an unreadable stored value is kept aside first, as store.ts does. */
export async function allowTerm(term: string): Promise<void> {
  const raw = await readUser();
  const { next, keepAside } = withAllowedTerm(raw, term);
  if (!next) return;
  if (keepAside) {
    const kept = (await browser.storage.local.get(INVALID_SETTINGS_KEY))[INVALID_SETTINGS_KEY] as { raw?: unknown } | undefined;
    if (JSON.stringify(kept?.raw) !== JSON.stringify(raw)) await browser.storage.local.set({ [INVALID_SETTINGS_KEY]: { savedAt: Date.now(), raw } });
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
}
