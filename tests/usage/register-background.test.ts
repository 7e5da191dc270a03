import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HISTORY_KEY } from '../../src/usage/history-store';
import { handleUsageMessage, resetUsageBackgroundForTests } from '../../src/usage/register-background';

describe('usage background handler', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    resetUsageBackgroundForTests();
    // fakeBrowser has no idle API; the real one reports 'active' for a present user.
    (fakeBrowser as unknown as { idle: unknown }).idle = { queryState: async () => 'active' };
    // fakeBrowser tracks neither focus nor active tabs: state them as the browser would report them.
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 1, focused: true } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, windowId: 1, active: true }] as never);
  });

  it('counts a slice from the active tab of the focused window and refuses one from another tab', async () => {
    const now = Date.now();
    const slice = { type: 'sl:usage:slice', site: 'linkedin', start: now - 10_000, end: now };
    expect(await handleUsageMessage(slice, { tab: { id: 5 } as never })).toEqual({ ok: true, countedMs: 10_000 });
    expect(await handleUsageMessage(slice, { tab: { id: 999 } as never })).toEqual({ ok: true, countedMs: 0 });
    const stored = (await fakeBrowser.storage.local.get(HISTORY_KEY))[HISTORY_KEY] as { days: Record<string, { linkedin: number }> };
    expect(Object.values(stored.days)[0]!.linkedin).toBe(10_000);
  });

  it('rejects malformed slices and slices from outside a tab, with a reason', async () => {
    const now = Date.now();
    expect(await handleUsageMessage({ type: 'sl:usage:slice', site: 'linkedin', start: now, end: now + 3_600_000 }, {})).toMatchObject({ ok: false });
    expect(await handleUsageMessage({ type: 'sl:usage:slice', site: 'linkedin', start: now - 1000, end: now }, {})).toEqual({
      ok: false,
      error: 'slices are accepted only from a tab',
    });
  });

  it('answers the status request', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('no policy'));
    expect(await handleUsageMessage({ type: 'sl:usage:status' }, {})).toMatchObject({ ok: true, status: { overLimit: false, limitMinutes: 60 } });
  });
});
