import { browser } from 'wxt/browser';
import { applyPolicy, parsePolicy, type Policy } from './policy';
import { repairSettings } from './repair';
import { settingsSchema, type Settings, type WatchedSite } from './schema';

/**
 * Settings storage. The user's settings live in storage.local: on this device only, because the
 * allowlist and own terms can name colleagues and wards, and because storage.sync allows 8 KB per
 * item, which a long allowlist passes. The enterprise policy comes from storage.managed.
 */

export const SETTINGS_KEY = 'settings';
/** Stored settings that failed validation are copied here before anything overwrites them. */
export const INVALID_SETTINGS_KEY = 'settings:invalid';

export interface LoadedSettings {
  settings: Settings;
  /** Set when stored settings were invalid and defaults were used: shown to the user. */
  notice?: string;
  /** Settings fixed by the enterprise policy (managed storage); shown as locked. */
  locked: ReadonlyArray<keyof Settings>;
  /** The policy's floor for sensitivity, when it sets one. */
  minimumSensitivity?: Settings['sensitivity'];
}

const FIELD_NAMES: Record<keyof Settings, string> = {
  version: 'version', sites: 'sites', sensitivity: 'sensitivity', customTerms: 'own terms', customPatterns: 'identifier patterns',
  allowlist: 'allowlist', dailyLimitMinutes: 'daily limit', pausedUntil: 'paused sites', region: 'region',
};

/** The effective settings: managed policy over the user's, over defaults. */
export async function loadSettings(): Promise<LoadedSettings> {
  const [{ settings: user, notice }, policy] = await Promise.all([loadUserSettings(), loadPolicy()]);
  const enforced = applyPolicy(user, policy);
  return { ...enforced, ...(notice ? { notice } : {}) };
}

/** The user's own settings without waiting for the enterprise policy (which can take seconds to read). */
export async function loadUserSettingsOnly(): Promise<LoadedSettings> {
  const { settings, notice } = await loadUserSettings();
  return { settings, locked: [], ...(notice ? { notice } : {}) };
}

/**
 * Calls back with the effective settings whenever they change; returns an unsubscribe function.
 * A change of the user's settings is answered within the change event, from its new value and the
 * policy this watcher last read: a content script re-checks its drafts on the same event, and its
 * request must not reach the background before the background's own settings changed (the policy
 * read alone can take seconds in Chromium).
 */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  let active = true;
  let policy: Policy | undefined;
  const reload = () => {
    void loadPolicy().then((read) => (policy = read));
    void loadSettings().then((loaded) => active && callback(loaded));
  };
  void loadPolicy().then((read) => (policy ??= read));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'managed') return reload();
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    if (!policy) return reload();
    const raw = changes[SETTINGS_KEY]?.newValue;
    const user = readUserSettings(raw);
    if (user.notice) void keepAside(raw);
    callback({ ...applyPolicy(user.settings, policy), ...(user.notice ? { notice: user.notice } : {}) });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Merges a change into the user's settings and stores it; throws with a clear message when invalid. */
export async function saveSettings(patch: Partial<Settings>): Promise<LoadedSettings> {
  const { settings: user } = await loadUserSettings();
  const parsed = settingsSchema.safeParse({ ...user, ...patch });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = FIELD_NAMES[issue?.path[0] as keyof Settings] ?? 'settings';
    throw new Error(`Not saved: ${field}: ${issue?.message ?? 'invalid value'}`);
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.data });
  return loadSettings();
}

/** Adds a term to the user's allowlist ("never flag this"). */
export async function addToAllowlist(term: string): Promise<void> {
  const clean = term.trim().slice(0, 200);
  if (!clean) return;
  const { settings } = await loadUserSettings();
  if (settings.allowlist.some((t) => t.toLowerCase() === clean.toLowerCase())) return;
  await saveSettings({ allowlist: [...settings.allowlist, clean] });
}

/** Pauses warnings on a site until the given time (epoch ms). */
export async function pauseSite(site: WatchedSite, untilMs: number): Promise<void> {
  const { settings } = await loadUserSettings();
  await saveSettings({ pausedUntil: { ...settings.pausedUntil, [site]: Math.max(0, Math.round(untilMs)) } });
}

/** The stored value that could not be read, if any: offered to the user for recovery. */
export async function readInvalidSettings(): Promise<{ savedAt: number; raw: unknown } | undefined> {
  const kept = (await browser.storage.local.get(INVALID_SETTINGS_KEY))[INVALID_SETTINGS_KEY];
  return typeof kept === 'object' && kept !== null ? (kept as { savedAt: number; raw: unknown }) : undefined;
}

/** The user's own settings from a stored value, repaired field by field, with a notice when any field was unreadable. */
function readUserSettings(raw: unknown): { settings: Settings; notice?: string } {
  const { settings, invalidFields } = repairSettings(raw);
  if (invalidFields.length === 0) return { settings };
  const names = invalidFields.map((key) => FIELD_NAMES[key]).join(', ');
  return {
    settings,
    notice: `Some stored settings could not be read (${names}); defaults are used for them. The original is kept and can be downloaded from the settings page.`,
  };
}

/** Copies an unreadable stored value aside (once per distinct value) before anything overwrites it. */
async function keepAside(raw: unknown): Promise<void> {
  const kept = await readInvalidSettings();
  if (JSON.stringify(kept?.raw) !== JSON.stringify(raw)) {
    await browser.storage.local.set({ [INVALID_SETTINGS_KEY]: { savedAt: Date.now(), raw } });
  }
}

/** The user's own settings, repaired field by field; the invalid original is copied aside once. */
async function loadUserSettings(): Promise<{ settings: Settings; notice?: string }> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const user = readUserSettings(raw);
  if (user.notice) await keepAside(raw);
  return user;
}

async function loadPolicy(): Promise<Policy> {
  try {
    // Throws in Firefox without a policy and in test browsers; an absent policy is an empty one.
    return parsePolicy(await browser.storage.managed.get()).policy;
  } catch {
    return {};
  }
}
