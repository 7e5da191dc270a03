import { browser, type Browser } from 'wxt/browser';
import { isUsageMessage, usageRequestSchema } from '../messaging/usage';
import { describeInvalid } from '../messaging/messages';
import { readDailyStatus } from './daily-status';
import { loadHistory, saveHistory } from './history-store';
import { UsageCore, type IdleState } from './usage-core';

/** The idle API's threshold: no input for this long means the user is away. */
export const IDLE_SECONDS = 60;

let core: Promise<UsageCore> | null = null;

/**
 * Background side of active-time tracking; entrypoints/background.ts calls it once. It follows the
 * active tab of the focused window (windows and tabs events, no `tabs` permission) and the idle
 * state, and counts the slices pages send. All it keeps in memory is rebuilt on start-up.
 */
export function registerUsageBackground(): void {
  // Registered synchronously, as MV3 requires for events that wake the worker.
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isUsageMessage(message)) return undefined;
    return handleUsageMessage(message, sender);
  });
  browser.idle?.setDetectionInterval(IDLE_SECONDS);
  browser.idle?.onStateChanged.addListener((state) => {
    const at = Date.now();
    void ready().then((c) => c.noteIdle(state as IdleState, at));
  });
  browser.windows?.onFocusChanged.addListener((windowId) => {
    const at = Date.now();
    void noteFocus(windowId, at);
  });
  browser.tabs?.onActivated.addListener(({ tabId, windowId }) => {
    const at = Date.now();
    void browser.windows?.getLastFocused().then(async (win) => {
      if (win.focused && win.id === windowId) (await ready()).noteFocusedTab(tabId, at);
    });
  });
  void ready();
}

/** Answers one `sl:usage*` message; exported for tests. */
export async function handleUsageMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const parsed = usageRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `invalid usage message: ${describeInvalid(parsed.error)}` };
  const request = parsed.data;
  if (request.type === 'sl:usage:status') return { ok: true, status: await readDailyStatus() };
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'slices are accepted only from a tab' };
  const countedMs = await (await ready()).acceptSlice(request.site, request.start, request.end, tabId, Date.now());
  return { ok: true, countedMs };
}

function ready(): Promise<UsageCore> {
  core ??= initialState().then((initial) => new UsageCore({ load: loadHistory, save: saveHistory }, initial));
  return core;
}

async function initialState(): Promise<{ focusedTab: number | null; idle: IdleState }> {
  const [focusedTab, idle] = await Promise.all([
    activeTabOfFocusedWindow(),
    browser.idle ? (browser.idle.queryState(IDLE_SECONDS) as Promise<IdleState>) : Promise.resolve<IdleState>('active'),
  ]);
  return { focusedTab, idle };
}

async function activeTabOfFocusedWindow(): Promise<number | null> {
  try {
    const win = await browser.windows.getLastFocused();
    if (!win.focused || win.id === undefined) return null;
    // tabs.query needs no permission when it reads neither URL nor title.
    const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
    return tab?.id ?? null;
  } catch {
    return null; // no windows API (Firefox for Android): nothing can be focused
  }
}

async function noteFocus(windowId: number, at: number): Promise<void> {
  const c = await ready();
  if (windowId === browser.windows.WINDOW_ID_NONE) {
    // Chromium also reports "no window" right after a new window took the focus (seen in headless
    // Chromium, issue 7): believe it only when no window still says it is focused.
    return c.noteFocusedTab(await activeTabOfFocusedWindow(), at);
  }
  const [tab] = await browser.tabs.query({ active: true, windowId });
  c.noteFocusedTab(tab?.id ?? null, at);
}

/** Forgets the in-memory state, as a worker restart does (tests only). */
export function resetUsageBackgroundForTests(): void {
  core = null;
}
