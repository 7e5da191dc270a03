import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleUsageMessage, registerUsageBackground, resetUsageBackgroundForTests } from '../../src/usage/register-background';

/** What windows.getLastFocused answers: the window and whether it says it has the focus. */
let lastFocused = { id: 1, focused: true };

describe('usage background: window focus events', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetUsageBackgroundForTests();
    (fakeBrowser as unknown as { idle: unknown }).idle = { queryState: async () => 'active', setDetectionInterval: () => undefined, onStateChanged: { addListener: () => undefined } };
    lastFocused = { id: 1, focused: true };
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockImplementation(async () => lastFocused as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, windowId: 1, active: true }] as never);
    registerUsageBackground();
  });

  const slice = async () => {
    const now = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return handleUsageMessage({ type: 'sl:usage:slice', site: 'x', start: now, end: now + 10 }, { tab: { id: 5 } as never });
  };

  it('a "no window" report while a window still says it is focused keeps counting (Chromium sends one after a new window opens)', async () => {
    await fakeBrowser.windows.onFocusChanged.trigger(fakeBrowser.windows.WINDOW_ID_NONE);
    await expect(slice()).resolves.toEqual({ ok: true, countedMs: 10 });
  });

  it('a "no window" report when no window has the focus stops counting', async () => {
    lastFocused = { id: 1, focused: false };
    await fakeBrowser.windows.onFocusChanged.trigger(fakeBrowser.windows.WINDOW_ID_NONE);
    await expect(slice()).resolves.toEqual({ ok: true, countedMs: 0 });
  });
});
