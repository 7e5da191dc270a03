import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeFor, dailyLimitBadge } from '../../src/background/badge';
import { registerBackground } from '../../src/background/register';
import type { Browser } from 'wxt/browser';
import { analyzeMessage, engineResult } from './helpers';

vi.mock('../../src/detect', () => ({ analyze: vi.fn((text: string) => engineResult(text)) }));

const TAB = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Browser.tabs.Tab;
const SENDER: Browser.runtime.MessageSender = { tab: TAB, frameId: 0, url: 'https://www.linkedin.com/feed/' };

/** Lets the listeners' fire-and-forget work (badge, storage) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => fakeBrowser.reset());

describe('background wiring', () => {
  it('answers through runtime.sendMessage (fakeBrowser calls listeners with an empty sender)', async () => {
    registerBackground();
    const answer = await fakeBrowser.runtime.sendMessage(analyzeMessage());
    expect(answer).toMatchObject({ ok: true, analysis: { risk: 'high' } });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'sl:bogus' })).toMatchObject({ ok: false });
  });

  it('leaves sl:usage messages unanswered for the usage service', async () => {
    registerBackground();
    const results = await fakeBrowser.runtime.onMessage.trigger({ type: 'sl:usage:status' }, SENDER);
    expect(results).toEqual([undefined]);
  });

  it('keeps a content script result, shows it on the badge, and forgets it when the tab closes', async () => {
    const deps = registerBackground();
    await fakeBrowser.runtime.onMessage.trigger(analyzeMessage(), SENDER);
    await settle();
    expect(deps.states.editors(7)).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0xb3, 0x26, 0x1e, 255]);

    await fakeBrowser.tabs.onRemoved.trigger(7, { isWindowClosing: false, windowId: 1 });
    await settle();
    expect(deps.states.editors(7)).toEqual([]);
  });

  it('forgets a tab when it loads a new page, and clears its badge', async () => {
    const deps = registerBackground();
    await fakeBrowser.runtime.onMessage.trigger(analyzeMessage(), SENDER);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://www.linkedin.com/in/me/' }, TAB);
    await settle();
    expect(deps.states.editors(7)).toHaveLength(1); // in-page navigation keeps the draft
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, TAB);
    await settle();
    expect(deps.states.editors(7)).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('opens the welcome page on first install only', async () => {
    registerBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain('chrome-extension://test-extension-id/welcome.html');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain('chrome-extension://test-extension-id/welcome.html');
  });
});

describe('badgeFor', () => {
  it('is empty when clean and counts findings across editors otherwise', () => {
    expect(badgeFor([], 'none').text).toBeNull();
    const editor = (n: number) => ({
      editorId: `e${n}`, site: 'x' as const, revision: 1, updatedAt: 0,
      analysis: { risk: 'low' as const, findings: Array.from({ length: n }, () => ({ category: 'date' as const, start: 0, end: 1, severity: 'low' as const, recognizer: 'r', reason: 'r', refinements: [] })) },
    });
    expect(badgeFor([editor(2), editor(3)], 'low')).toMatchObject({ text: '5', title: expect.stringContaining('5 things') });
    expect(badgeFor([editor(120)], 'medium').text).toBe('99+');
    expect(badgeFor([editor(1)], 'high').colour).not.toBe(badgeFor([editor(1)], 'medium').colour);
  });
});

describe('dailyLimitBadge', () => {
  const status = (totalMinutes: number, limitMinutes: number) => ({
    minutes: { linkedin: totalMinutes, x: 0 },
    totalMinutes,
    limitMinutes,
    overLimit: limitMinutes > 0 && totalMinutes >= limitMinutes,
  });

  it('is empty under the limit and when the limit is off', () => {
    expect(dailyLimitBadge(status(59, 60)).text).toBe('');
    expect(dailyLimitBadge(status(500, 0)).text).toBe('');
  });

  it('shows the time spent, with a title that says why, once the limit is passed', () => {
    expect(dailyLimitBadge(status(45, 30))).toMatchObject({ text: '45m', title: expect.stringContaining('past your 30-minute limit') });
    expect(dailyLimitBadge(status(95, 60)).text).toBe('1h+');
    expect(dailyLimitBadge(status(130, 60)).text).toBe('2h');
  });
});
