// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adviceLine } from '../../src/compose/finding-advice';
import { xSite } from '../../src/compose/sites/x';
import { startCompose } from '../../src/compose/start-compose';
import { dayKeyOf } from '../../src/usage/local-day';
import { composeBox } from './session-helpers';

/** A background that flags every "MRN <digits>" and records what it was sent. */
function fakeBackground() {
  const messages: Array<{ type: string; editorId?: string }> = [];
  fakeBrowser.runtime.onMessage.addListener(async (received: unknown) => {
    const message = received as { type: string; editorId: string; revision: number; text: string };
    messages.push(message);
    if (message.type !== 'sl:analyze') return { ok: true };
    const findings = [...message.text.matchAll(/MRN \d+/g)].map((m) => ({
      category: 'identifier', start: m.index, end: m.index + m[0].length, severity: 'high', recognizer: 'test', reason: 'An MRN.',
    }));
    return { ok: true, editorId: message.editorId, revision: message.revision, analysis: { risk: findings.length ? 'high' : 'none', findings } };
  });
  return messages;
}

const indicatorHost = () => document.querySelector<HTMLElement>('second-look-indicator');

describe('startCompose', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  it('tells the background to forget the drafts when the page is hidden for good (pagehide)', async () => {
    const messages = fakeBackground();
    const { editor } = composeBox();
    startCompose(ctx, xSite);
    editor.textContent = 'Pt MRN 1234';
    await vi.waitFor(() => expect(indicatorHost()?.dataset.secondLookRisk).toBe('high'));
    const editorId = indicatorHost()?.dataset.secondLookEditor;
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(messages.filter((m) => m.type === 'sl:clear')).toEqual([{ type: 'sl:clear', editorId }]));
  });

  it('shows one gentle line once today\'s time passed the daily limit, and never holds anything for it', async () => {
    fakeBackground();
    await fakeBrowser.storage.local.set({
      settings: { dailyLimitMinutes: 30 },
      'usage:history': { version: 1, countedUntil: 0, days: { [dayKeyOf(Date.now())]: { linkedin: 20 * 60_000, x: 15 * 60_000 } } },
    });
    const { editor } = composeBox();
    startCompose(ctx, xSite);
    editor.textContent = 'A quiet day';
    await vi.waitFor(() => expect(indicatorHost()?.dataset.secondLookNudge).toBe(''));
    const nudge = indicatorHost()?.shadowRoot?.querySelector<HTMLElement>('.sl-nudge');
    expect(nudge?.hidden).toBe(false);
    expect(nudge?.textContent).toBe("You've spent 35 minutes on LinkedIn and X today — time for a break?");
    expect(indicatorHost()?.dataset.secondLookRisk).toBe('none');
    await fakeBrowser.storage.local.set({ settings: { dailyLimitMinutes: 60 } });
    await vi.waitFor(() => expect(indicatorHost()?.dataset.secondLookNudge).toBeUndefined());
    expect(nudge?.hidden).toBe(true);
  });

  it('shows the catalogue\'s advice for the user\'s region in the details panel', async () => {
    fakeBackground();
    await fakeBrowser.storage.local.set({ settings: { region: 'uk' } });
    const { editor } = composeBox();
    startCompose(ctx, xSite);
    editor.textContent = 'Pt MRN 1234';
    await vi.waitFor(() => expect(indicatorHost()?.dataset.secondLookRisk).toBe('high'));
    const advice = indicatorHost()?.shadowRoot?.querySelector('[data-category="identifier"] .sl-advice');
    const uk = adviceLine('identifier', 'uk');
    expect(uk.source).not.toBe(adviceLine('identifier', 'us').source); // so the region is what made the difference
    expect(advice?.firstChild?.textContent).toBe(uk.advice);
    expect(advice?.querySelector('.sl-source')?.textContent).toBe(`— ${uk.source}`);
  });
});
