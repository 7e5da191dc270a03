import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../src/background/handle-message';
import { CONTENT, POPUP, analyzeMessage, engineResult, makeDeps } from './helpers';

vi.mock('../../src/detect', () => ({ analyze: vi.fn((text: string) => engineResult(text)) }));

beforeEach(() => fakeBrowser.reset());

describe('worker restart', () => {
  it('restores the kept state from storage.session into a fresh worker', async () => {
    const before = makeDeps();
    await handleMessage(analyzeMessage({ revision: 3 }), CONTENT, before.deps);

    const after = makeDeps(); // fresh globals, same session storage
    const state = await handleMessage({ type: 'sl:tab-state', tabId: 7 }, POPUP, after.deps);
    expect(state).toMatchObject({ ok: true, risk: 'high', editors: [{ editorId: 'e1', revision: 3 }] });
  });

  it('still rejects stale revisions after a restart', async () => {
    await handleMessage(analyzeMessage({ revision: 3 }), CONTENT, makeDeps().deps);
    const after = makeDeps();
    expect(await handleMessage(analyzeMessage({ revision: 2 }), CONTENT, after.deps)).toMatchObject({ ok: false });
  });

  it('keeps what arrived after waking over what was stored before', async () => {
    await handleMessage(analyzeMessage({ revision: 3 }), CONTENT, makeDeps().deps);
    const after = makeDeps();
    await handleMessage(analyzeMessage({ revision: 4, text: 'All clear, no names' }), CONTENT, after.deps);
    const again = makeDeps();
    expect(await handleMessage({ type: 'sl:tab-state', tabId: 7 }, POPUP, again.deps)).toMatchObject({
      risk: 'none',
      editors: [{ revision: 4 }],
    });
  });

  it('starts empty, and keeps working, when the stored state is corrupt', async () => {
    await fakeBrowser.storage.session.set({ 'sl:tab-states': { 7: { '0:e1': { editorId: 'e1', revision: 'x' } } } });
    const { deps, states } = makeDeps();
    expect(await handleMessage({ type: 'sl:tab-state', tabId: 7 }, POPUP, deps)).toMatchObject({ ok: true, editors: [] });
    expect(await handleMessage(analyzeMessage(), CONTENT, deps)).toMatchObject({ ok: true });
    expect(states.editors(7)).toHaveLength(1);
  });

  it('forgets a closed tab in storage.session too', async () => {
    const { deps, states } = makeDeps();
    await handleMessage(analyzeMessage(), CONTENT, deps);
    expect(await states.forgetTab(7)).toBe(true);
    const after = makeDeps();
    expect(await handleMessage({ type: 'sl:tab-state', tabId: 7 }, POPUP, after.deps)).toMatchObject({ editors: [] });
  });
});
