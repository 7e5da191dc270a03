import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../src/background/handle-message';
import { requestSchema } from '../../src/messaging/messages';
import { usageRequestSchema } from '../../src/messaging/usage';
import { HISTORY_KEY } from '../../src/usage/history-store';
import { handleUsageMessage, resetUsageBackgroundForTests } from '../../src/usage/register-background';
import { CONTENT, POPUP, analyzeMessage, engineResult, makeDeps } from '../background/helpers';
import { hostileMessage, oversized, pollution, VALID } from './hostile-values';

vi.mock('../../src/detect', () => ({ analyze: vi.fn((text: string) => engineResult(text)) }));

const SENDERS = [CONTENT, POPUP, { fromExtensionPage: false }, { tabId: 3, frameId: 2, documentId: 'd', fromExtensionPage: false }];

beforeEach(() => {
  fakeBrowser.reset();
  resetUsageBackgroundForTests();
  (fakeBrowser as unknown as { idle: unknown }).idle = { queryState: async () => 'active' };
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 1, focused: true } as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, windowId: 1, active: true }] as never);
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('no policy'));
});

/** Everything the extension keeps, as one string to compare before and after. */
async function everythingStored(): Promise<string> {
  const [local, sync, session] = await Promise.all([fakeBrowser.storage.local.get(null), fakeBrowser.storage.sync.get(null), fakeBrowser.storage.session.get(null)]);
  return JSON.stringify({ local, sync, session });
}

describe('the background handler under hostile messages', () => {
  it('answers every invalid message with {ok:false, error}, stores nothing for it, and keeps serving valid ones', async () => {
    const { deps, states, changed } = makeDeps();
    expect(await handleMessage(analyzeMessage(), CONTENT, deps)).toMatchObject({ ok: true }); // something kept: it must survive
    await fc.assert(
      fc.asyncProperty(hostileMessage, fc.constantFrom(...SENDERS), async (message, sender) => {
        fc.pre(!requestSchema.safeParse(message).success);
        const before = await everythingStored();
        changed.mockClear();
        const answer = await handleMessage(message, sender, deps);
        expect(answer).toEqual({ ok: false, error: expect.any(String) });
        expect((answer as { error: string }).error.length).toBeLessThanOrEqual(500);
        expect(await everythingStored()).toBe(before);
        expect(changed).not.toHaveBeenCalled();
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 250 },
    );
    // still serving: an analysis, the popup's state, a clear
    expect(await handleMessage(analyzeMessage({ revision: 2 }), CONTENT, deps)).toMatchObject({ ok: true, revision: 2, analysis: { risk: 'high' } });
    expect(await handleMessage(VALID.tabState, POPUP, deps)).toMatchObject({ ok: true, risk: 'high', editors: [{ revision: 2 }] });
    expect(await handleMessage(VALID.clear, CONTENT, deps)).toEqual({ ok: true });
    expect(states.editors(7)).toEqual([]);
  });

  it('never throws, whatever the message and sender, valid or not', async () => {
    const { deps } = makeDeps();
    await fc.assert(
      fc.asyncProperty(hostileMessage, fc.constantFrom(...SENDERS), async (message, sender) => {
        const answer = await handleMessage(message, sender, deps);
        expect(typeof (answer as { ok: unknown }).ok).toBe('boolean');
      }),
      { numRuns: 250 },
    );
  });

  it('refuses each oversized and prototype-polluting message explicitly', async () => {
    const { deps } = makeDeps();
    for (const message of [...fc.sample(oversized, 40), ...fc.sample(pollution, 20)]) {
      if (requestSchema.safeParse(message).success) continue; // a polluting key beside a valid message is dropped, not fatal
      expect(await handleMessage(message, CONTENT, deps)).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message: /) });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await everythingStored()).toBe(JSON.stringify({ local: {}, sync: {}, session: {} }));
  });
});

describe('the usage handler under hostile messages', () => {
  it('answers every invalid usage message with an error, counts nothing, and keeps counting valid slices', async () => {
    const slices = hostileMessage.map((message) =>
      typeof message === 'object' && message !== null && !Array.isArray(message) ? { ...message, type: 'sl:usage:slice' } : message,
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileMessage, slices), async (message) => {
        fc.pre(!usageRequestSchema.safeParse(message).success);
        const answer = await handleUsageMessage(message, { tab: { id: 7 } as never });
        expect(answer).toEqual({ ok: false, error: expect.any(String) });
        expect((await fakeBrowser.storage.local.get(HISTORY_KEY))[HISTORY_KEY]).toBeUndefined();
      }),
      { numRuns: 250 },
    );
    const now = Date.now();
    expect(await handleUsageMessage({ type: 'sl:usage:slice', site: 'x', start: now - 5_000, end: now }, { tab: { id: 7 } as never })).toEqual({ ok: true, countedMs: 5_000 });
  });
});
