import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentSettings } from '../../src/settings/content-settings';
import * as content from '../../src/settings/content-store';
import { INVALID_SETTINGS_KEY, loadSettings, readInvalidSettings, saveSettings, SETTINGS_KEY } from '../../src/settings/store';

function setManaged(get: () => Promise<Record<string, unknown>>): void {
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(get);
}

describe('content-script settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    setManaged(async () => {
      throw new Error('Managed storage manifest not found');
    });
  });

  it('uses the same storage keys as the settings store', () => {
    expect([content.SETTINGS_KEY, content.INVALID_SETTINGS_KEY]).toEqual([SETTINGS_KEY, INVALID_SETTINGS_KEY]);
  });

  it('calls back with the user settings before a slow policy answers, then with the policy, then on changes', async () => {
    await saveSettings({ dailyLimitMinutes: 30, region: 'uk' });
    let answerPolicy: (policy: Record<string, unknown>) => void = () => undefined;
    setManaged(() => new Promise((resolve) => (answerPolicy = resolve)));
    const seen: ContentSettings[] = [];
    const stop = content.watchContentSettings((settings) => seen.push(settings));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({ dailyLimitMinutes: 30, region: 'uk' });
    const policy = { sites: { x: false }, dailyLimitMinutes: 45 };
    answerPolicy(policy);
    setManaged(async () => policy); // the settings store below asks for the policy too
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toMatchObject({ dailyLimitMinutes: 45, sites: { linkedin: true, x: false } });
    await saveSettings({ region: 'au' });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]).toMatchObject({ region: 'au', dailyLimitMinutes: 45 });
    stop();
    await saveSettings({ region: 'ca' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(3);
  });

  it('adds to the allowlist so that the settings store reads it, keeping the rest', async () => {
    await saveSettings({ allowlist: ['Dr Jones'], customTerms: ['Ward 7'] });
    await content.allowTerm(' St Mary ');
    await content.allowTerm('st mary');
    const { settings, notice } = await loadSettings();
    expect(settings.allowlist).toEqual(['Dr Jones', 'St Mary']);
    expect(settings.customTerms).toEqual(['Ward 7']);
    expect(notice).toBeUndefined();
  });

  it('keeps an unreadable stored value aside before adding a term, never losing it', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { allowlist: 'not a list', sensitivity: 'strict' } });
    await content.allowTerm('Dr Who');
    expect((await readInvalidSettings())?.raw).toEqual({ allowlist: 'not a list', sensitivity: 'strict' });
    const { settings } = await loadSettings();
    expect(settings).toMatchObject({ allowlist: ['Dr Who'], sensitivity: 'strict' });
  });
});
