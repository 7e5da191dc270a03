import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { deleteAllData } from '../../src/settings/delete-all';
import {
  addToAllowlist, INVALID_SETTINGS_KEY, loadSettings, pauseSite, readInvalidSettings, saveSettings, SETTINGS_KEY, watchSettings, type LoadedSettings,
} from '../../src/settings/store';

function setManaged(policy: Record<string, unknown> | Error): void {
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async () => {
    if (policy instanceof Error) throw policy;
    return policy;
  });
}

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    setManaged(new Error('Managed storage manifest not found'));
  });

  it('gives defaults when nothing is stored and no policy exists', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, locked: [] });
  });

  it('keeps valid fields of broken settings, says so, and keeps the original aside', async () => {
    const broken = { sensitivity: 'paranoid', dailyLimitMinutes: 30, customTerms: ['Ward 7', '', 'St Mary'] };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: broken });
    const loaded = await loadSettings();
    expect(loaded.settings.sensitivity).toBe('balanced');
    expect(loaded.settings.dailyLimitMinutes).toBe(30);
    expect(loaded.settings.customTerms).toEqual(['Ward 7', 'St Mary']);
    expect(loaded.notice).toMatch(/sensitivity, own terms/);
    expect((await readInvalidSettings())?.raw).toEqual(broken);
    // Saving repairs the stored value; the kept copy stays until the user deletes all data.
    await saveSettings({ sensitivity: 'strict' });
    expect((await loadSettings()).notice).toBeUndefined();
    expect((await readInvalidSettings())?.raw).toEqual(broken);
  });

  it('treats a stored value that is not an object as invalid, never silently', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'oops' });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toBeDefined();
    expect((await fakeBrowser.storage.local.get(INVALID_SETTINGS_KEY))[INVALID_SETTINGS_KEY]).toMatchObject({ raw: 'oops' });
  });

  it('refuses an invalid change with a clear message and stores nothing', async () => {
    await expect(saveSettings({ dailyLimitMinutes: -1 })).rejects.toThrow(/daily limit/);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
  });

  it('lets the managed policy win, lock its keys and enforce a minimum sensitivity', async () => {
    await saveSettings({ sensitivity: 'relaxed', customTerms: ['mine'], dailyLimitMinutes: 90 });
    setManaged({ customTerms: ['St Elsewhere'], minimumSensitivity: 'balanced', customPatterns: 'not a list' });
    const loaded = await loadSettings();
    expect(loaded.settings.customTerms).toEqual(['St Elsewhere']);
    expect(loaded.settings.sensitivity).toBe('balanced');
    expect(loaded.settings.dailyLimitMinutes).toBe(90);
    expect(loaded.locked).toEqual(['customTerms']);
    expect(loaded.minimumSensitivity).toBe('balanced');
    await saveSettings({ sensitivity: 'strict' });
    expect((await loadSettings()).settings.sensitivity).toBe('strict');
  });

  it('adds allowlist terms once and pauses a site', async () => {
    await addToAllowlist('  Dr Jones ');
    await addToAllowlist('dr jones');
    await pauseSite('x', 1_800_000_000_000);
    const { settings } = await loadSettings();
    expect(settings.allowlist).toEqual(['Dr Jones']);
    expect(settings.pausedUntil).toEqual({ linkedin: 0, x: 1_800_000_000_000 });
  });

  it('tells watchers about changes until unsubscribed', async () => {
    const seen: number[] = [];
    const stop = watchSettings((loaded) => seen.push(loaded.settings.dailyLimitMinutes));
    await saveSettings({ dailyLimitMinutes: 15 });
    await vi.waitFor(() => expect(seen).toEqual([15]));
    stop();
    await saveSettings({ dailyLimitMinutes: 20 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([15]);
  });

  it('answers a change of the user settings from the event itself, without reading the policy again', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ dailyLimitMinutes: 45 });
    const seen: LoadedSettings[] = [];
    const stop = watchSettings((loaded) => seen.push(loaded));
    await vi.waitFor(() => expect(get).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    get.mockClear();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { region: 'uk', sensitivity: 'paranoid' } });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.settings).toMatchObject({ region: 'uk', dailyLimitMinutes: 45, sensitivity: 'balanced' });
    expect(seen[0]?.locked).toEqual(['dailyLimitMinutes']);
    expect(seen[0]?.notice).toMatch(/\(sensitivity\)/);
    expect(get).not.toHaveBeenCalled();
    await vi.waitFor(async () => expect((await readInvalidSettings())?.raw).toEqual({ region: 'uk', sensitivity: 'paranoid' }));
    stop();
  });

  it('deletes all stored data', async () => {
    await saveSettings({ dailyLimitMinutes: 15 });
    await fakeBrowser.storage.local.set({ 'usage:history': { version: 1, countedUntil: 0, days: {} } });
    await deleteAllData();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });
});
