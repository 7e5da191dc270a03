import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { repairSettings } from '../../src/settings/repair';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../src/settings/schema';
import { loadSettings, readInvalidSettings, saveSettings, SETTINGS_KEY } from '../../src/settings/store';

const terms = (count: number, prefix = 'term') => Array.from({ length: count }, (_, i) => `${prefix} ${i}`);

/** A valid value and a corrupt one for each setting (wrong type, out of range, huge, nested, polluting). */
const FIELDS: { [K in keyof Settings]: { valid: fc.Arbitrary<Settings[K]>; corrupt: fc.Arbitrary<unknown> } } = {
  version: { valid: fc.constant(1), corrupt: fc.constantFrom(0, 2, '1', null) },
  sites: { valid: fc.record({ linkedin: fc.boolean(), x: fc.boolean() }), corrupt: fc.constantFrom('yes', [true, false], { linkedin: 'on' }, null) },
  sensitivity: { valid: fc.constantFrom('strict', 'balanced', 'relaxed'), corrupt: fc.constantFrom('paranoid', 3, '', { level: 'strict' }) },
  customTerms: { valid: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 5 }), corrupt: fc.constantFrom('Ward 7', 7, { 0: 'Ward 7' }) },
  customPatterns: { valid: fc.array(fc.constantFrom('MRN\\d{7}', '[A-Z]{2}\\d{6}'), { maxLength: 3 }), corrupt: fc.constantFrom('MRN\\d{7}', true, null) },
  allowlist: { valid: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 5 }), corrupt: fc.constantFrom(null, 'Dr Who', 12) },
  dailyLimitMinutes: { valid: fc.integer({ min: 0, max: 1440 }), corrupt: fc.constantFrom(-1, 1441, 1e308, 2.5, '60', Number.NaN, null) },
  pausedUntil: { valid: fc.record({ linkedin: fc.nat(), x: fc.nat() }), corrupt: fc.constantFrom({ linkedin: 'soon' }, 0, [], null) },
  region: { valid: fc.constantFrom('us', 'uk', 'ca', 'au', 'other'), corrupt: fc.constantFrom('mars', 'UK', 44, null) },
};
const KEYS = Object.keys(FIELDS) as Array<keyof Settings>;

/** A stored object where each field is valid, corrupt or absent; remembers which were valid. */
const storedMix = fc
  .tuple(...KEYS.map((key) => fc.oneof(FIELDS[key].valid.map((v) => ({ key, ok: true, v })), FIELDS[key].corrupt.map((v) => ({ key, ok: false, v })), fc.constant(null))))
  .map((picks) => {
    const stored: Record<string, unknown> = {};
    const valid: Partial<Record<keyof Settings, unknown>> = {};
    for (const pick of picks) {
      if (!pick) continue;
      stored[pick.key] = pick.v;
      if (pick.ok) valid[pick.key] = pick.v;
    }
    return { stored, valid };
  });

describe('corrupted stored settings', () => {
  it('keep every valid field, as stored, whatever is wrong with the others', () => {
    fc.assert(
      fc.property(storedMix, ({ stored, valid }) => {
        const { settings, invalidFields } = repairSettings(stored);
        expect(settingsSchema.safeParse(settings).success).toBe(true);
        for (const [key, value] of Object.entries(valid)) expect(settings[key as keyof Settings]).toEqual(value);
        for (const key of invalidFields) expect(valid).not.toHaveProperty(key);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['null', null],
    ['an array', [{ sensitivity: 'strict' }]],
    ['a truncated JSON string', '{"sensitivity":"strict","customTerms":["Ward'],
    ['a number', 42],
    ['a boolean', true],
  ])('%s loads as the defaults, with a notice', (_label, raw) => {
    const { settings, invalidFields } = repairSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(invalidFields.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('prototype-polluting keys are ignored and reach nothing', () => {
    const raw = JSON.parse('{"__proto__": {"sensitivity": "relaxed", "polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "region": "au"}');
    expect(repairSettings(raw)).toEqual({ settings: { ...DEFAULT_SETTINGS, region: 'au' }, invalidFields: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an old schema version keeps its settings and is read as the current one', () => {
    const old = { version: 0, sensitivity: 'strict', customTerms: ['Ward 7'], dailyLimitMinutes: 20, region: 'uk' };
    const { settings, invalidFields } = repairSettings(old);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'strict', customTerms: ['Ward 7'], dailyLimitMinutes: 20, region: 'uk', version: 1 });
    expect(invalidFields).toEqual(['version']);
  });

  it('a list over its limit keeps its first valid items instead of losing them all', () => {
    const { settings } = repairSettings({ allowlist: [...terms(2_500, 'Dr'), ''], customTerms: terms(600), customPatterns: terms(60, 'P') });
    expect(settings.allowlist).toEqual(terms(2_000, 'Dr'));
    expect(settings.customTerms).toEqual(terms(500));
    expect(settings.customPatterns).toEqual(terms(50, 'P'));
  });

  it('huge and deeply nested values are dropped, the valid items beside them kept', () => {
    let deep: unknown = 'Ward 7';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const { settings } = repairSettings({ customTerms: ['St Mary', 'x'.repeat(1_000_000), deep, 'Ward 9'], dailyLimitMinutes: 1e308, sites: deep });
    expect(settings.customTerms).toEqual(['St Mary', 'Ward 9']);
    expect(settings.dailyLimitMinutes).toBe(DEFAULT_SETTINGS.dailyLimitMinutes);
    expect(settings.sites).toEqual(DEFAULT_SETTINGS.sites);
  });
});

describe('loading corrupted settings from storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('no policy'));
  });

  it('never throws, keeps the original aside, and the next save keeps every valid part', async () => {
    const raw = { version: 0, allowlist: [...terms(2_100, 'Dr'), 5], region: 'uk', dailyLimitMinutes: '45' };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: raw });
    const loaded = await loadSettings();
    expect(loaded.notice).toMatch(/version, allowlist, daily limit/);
    expect(loaded.settings).toMatchObject({ region: 'uk', dailyLimitMinutes: 60, allowlist: terms(2_000, 'Dr') });
    expect((await readInvalidSettings())?.raw).toEqual(raw);
    await saveSettings({ sensitivity: 'strict' });
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
    expect(stored).toMatchObject({ version: 1, region: 'uk', sensitivity: 'strict', allowlist: terms(2_000, 'Dr') });
    expect((await loadSettings()).notice).toBeUndefined();
  });
});
