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

/** Calls back with the effective settings whenever they change; returns an unsubscribe function. */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  let active = true;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) {
      void loadSettings().then((loaded) => active && callback(loaded));
    }
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

/** The user's own settings, repaired field by field; the invalid original is copied aside once. */
async function loadUserSettings(): Promise<{ settings: Settings; notice?: string }> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, invalidFields } = repairSettings(raw);
  if (invalidFields.length === 0) return { settings };
  const kept = await readInvalidSettings();
  if (JSON.stringify(kept?.raw) !== JSON.stringify(raw)) {
    await browser.storage.local.set({ [INVALID_SETTINGS_KEY]: { savedAt: Date.now(), raw } });
  }
  const names = invalidFields.map((key) => FIELD_NAMES[key]).join(', ');
  return {
    settings,
    notice: `Some stored settings could not be read (${names}); defaults are used for them. The original is kept and can be downloaded from the settings page.`,
  };
}

async function loadPolicy(): Promise<Policy> {
  try {
    // Throws in Firefox without a policy and in test browsers; an absent policy is an empty one.
    return parsePolicy(await browser.storage.managed.get()).policy;
  } catch {
    return {};
  }
}
