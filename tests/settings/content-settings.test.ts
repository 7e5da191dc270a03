import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_DEFAULTS, userContentSettings, withAllowedTerm, withContentPolicy, type ContentSettings } from '../../src/settings/content-settings';
import { applyPolicy, parsePolicy } from '../../src/settings/policy';
import { repairSettings } from '../../src/settings/repair';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';

const pick = (settings: Settings): ContentSettings => ({
  sites: settings.sites, pausedUntil: settings.pausedUntil, region: settings.region, dailyLimitMinutes: settings.dailyLimitMinutes,
});

// Values the checks must tell apart: valid ones, near misses, and the wrong types.
const anyValue = fc.oneof(
  fc.constantFrom(true, false, 0, 1, -1, 30, 1440, 1441, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 'us', 'uk', 'other', 'mars', '', null, [], {}),
  fc.record({ linkedin: fc.constantFrom(true, false, 0, 5, 'yes', undefined), x: fc.constantFrom(true, false, 0, 5, 'no', undefined) }, { requiredKeys: [] }),
);
const storedSettings = fc.oneof(
  fc.record({ sites: anyValue, pausedUntil: anyValue, region: anyValue, dailyLimitMinutes: anyValue, sensitivity: anyValue }, { requiredKeys: [] }),
  anyValue,
  fc.constant(undefined),
);

describe('content-script settings (no zod)', () => {
  it('start from the same defaults as the schema', () => {
    expect(CONTENT_DEFAULTS).toEqual(pick(DEFAULT_SETTINGS));
    expect(userContentSettings(undefined)).toEqual(pick(DEFAULT_SETTINGS));
  });

  it('read any stored value exactly as the schema repairs it', () => {
    fc.assert(
      fc.property(storedSettings, (raw) => {
        expect(userContentSettings(raw)).toEqual(pick(repairSettings(raw).settings));
      }),
      { numRuns: 500 },
    );
  });

  it('apply a managed policy as the options page does', () => {
    fc.assert(
      // managed storage holds JSON: no undefined values, no NaN
      fc.property(storedSettings, storedSettings.map((value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)))), (raw, managed) => {
        const expected = pick(applyPolicy(repairSettings(raw).settings, parsePolicy(managed).policy).settings);
        expect(withContentPolicy(userContentSettings(raw), managed)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('adding to the allowlist from a content script', () => {
  it('adds a trimmed term once, case-insensitively, and leaves other fields as stored', () => {
    const stored = { sensitivity: 'strict', allowlist: ['Dr Jones'], customTerms: ['Ward 7'] };
    expect(withAllowedTerm(stored, '  St Mary  ')).toEqual({ next: { ...stored, allowlist: ['Dr Jones', 'St Mary'] }, keepAside: false });
    expect(withAllowedTerm(stored, 'dr jones').next).toBeNull();
    expect(withAllowedTerm(stored, '   ').next).toBeNull();
    expect(withAllowedTerm(undefined, 'Dr Who')).toEqual({ next: { allowlist: ['Dr Who'] }, keepAside: false });
  });

  it('keeps an unreadable stored value aside, and the valid terms of a broken list', () => {
    expect(withAllowedTerm('oops', 'Dr Who')).toEqual({ next: { allowlist: ['Dr Who'] }, keepAside: true });
    expect(withAllowedTerm({ allowlist: ['ok', '', 7] }, 'new')).toEqual({ next: { allowlist: ['ok', 'new'] }, keepAside: true });
    // an invalid field elsewhere stays as stored for the options page to report; it is not this change's to repair
    expect(withAllowedTerm({ sensitivity: 'paranoid' }, 'new')).toEqual({ next: { sensitivity: 'paranoid', allowlist: ['new'] }, keepAside: false });
  });

  it('never makes the stored list invalid: a full list takes no more terms', () => {
    const full = Array.from({ length: 2000 }, (_, i) => `term ${i}`);
    expect(withAllowedTerm({ allowlist: full }, 'one more').next).toBeNull();
    const result = withAllowedTerm({}, 'x'.repeat(300));
    expect(repairSettings(result.next).invalidFields).toEqual([]);
  });
});
