import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '../../src/detect';
import { handleMessage } from '../../src/background/handle-message';
import { tabStateResponse } from '../../src/messaging/popup';
import { CONTENT, POPUP, analyzeMessage, engineResult, makeDeps } from './helpers';

vi.mock('../../src/detect', () => ({ analyze: vi.fn((text: string) => engineResult(text)) }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(analyze).mockClear();
});

describe('handleMessage: analysis requests', () => {
  it('answers with findings carrying masked excerpts, never the raw text', async () => {
    const { deps, changed } = makeDeps();
    const answer = await handleMessage(analyzeMessage(), CONTENT, deps);
    expect(answer).toMatchObject({ ok: true, editorId: 'e1', revision: 1, analysis: { risk: 'high' } });
    const findings = 'analysis' in answer ? answer.analysis.findings : [];
    expect(findings.map((f) => f.excerpt)).toEqual(['M•••a G••••••z', '9•']);
    expect(JSON.stringify(answer)).not.toContain('Gonzalez');
    expect(changed).toHaveBeenCalledWith(7);
  });

  it('passes the settings to the engine as options', async () => {
    const options = { sensitivity: 'strict', customTerms: ['Ward 9'], customPatterns: [], allowlist: ['Dr Who'] } as const;
    const { deps } = makeDeps(options);
    await handleMessage(analyzeMessage(), CONTENT, deps);
    expect(analyze).toHaveBeenCalledWith(analyzeMessage().text, { ...options, dismissed: [] });
  });

  it('passes the dismissed findings to the engine, so it judges the risk of the rest', async () => {
    const { deps } = makeDeps();
    await handleMessage(analyzeMessage({ dismissed: ['name:maria gonzalez', 'not-a-category:x', 'media:'] }), CONTENT, deps);
    expect(analyze).toHaveBeenCalledWith(analyzeMessage().text, expect.objectContaining({ dismissed: [{ category: 'name', text: 'maria gonzalez' }, { category: 'media', text: '' }] }));
  });

  it('keeps the result in storage.session with masked excerpts only', async () => {
    const { deps } = makeDeps();
    await handleMessage(analyzeMessage(), CONTENT, deps);
    const stored = JSON.stringify(await fakeBrowser.storage.session.get(null));
    expect(stored).toContain('M•••a G••••••z');
    expect(stored).not.toContain('Maria');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('drops dismissed findings without lowering the others', async () => {
    const { deps } = makeDeps();
    const answer = await handleMessage(analyzeMessage({ dismissed: ['name:maria gonzalez'] }), CONTENT, deps);
    expect(answer).toMatchObject({ ok: true, analysis: { risk: 'high', findings: [{ category: 'age', severity: 'medium' }] } });
    const all = await handleMessage(analyzeMessage({ dismissed: ['name:maria gonzalez', 'age:94'] }), CONTENT, deps);
    expect(all).toMatchObject({ ok: true, analysis: { risk: 'none', findings: [] } });
  });

  it('adds one medium finding per attachment, dismissable as a group', async () => {
    const { deps } = makeDeps();
    const answer = await handleMessage(analyzeMessage({ text: 'Lovely day', media: 2 }), CONTENT, deps);
    expect(answer).toMatchObject({ ok: true, analysis: { risk: 'medium' } });
    expect('analysis' in answer && answer.analysis.findings.map((f) => f.category)).toEqual(['media', 'media']);
    const dismissed = await handleMessage(analyzeMessage({ text: 'Lovely day', media: 2, revision: 2, dismissed: ['media:'] }), CONTENT, deps);
    expect(dismissed).toMatchObject({ ok: true, analysis: { risk: 'none', findings: [] } });
  });

  it('rejects a stale revision and keeps the newer result', async () => {
    const { deps, states } = makeDeps();
    await handleMessage(analyzeMessage({ revision: 5 }), CONTENT, deps);
    const stale = await handleMessage(analyzeMessage({ revision: 4, text: 'nothing here' }), CONTENT, deps);
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining('stale') });
    expect(states.editors(7)[0]?.revision).toBe(5);
    expect(await handleMessage(analyzeMessage({ revision: 5 }), CONTENT, deps)).toMatchObject({ ok: true });
  });

  it('accepts low revisions from a reloaded document (new documentId)', async () => {
    const { deps, states } = makeDeps();
    await handleMessage(analyzeMessage({ revision: 9 }), { ...CONTENT, documentId: 'doc-a' }, deps);
    const fresh = await handleMessage(analyzeMessage({ revision: 1, text: 'hello' }), { ...CONTENT, documentId: 'doc-b' }, deps);
    expect(fresh).toMatchObject({ ok: true, revision: 1 });
    expect(states.editors(7)).toMatchObject([{ revision: 1, documentId: 'doc-b' }]);
  });

  it('forgets the editor when its draft is emptied', async () => {
    const { deps, states } = makeDeps();
    await handleMessage(analyzeMessage(), CONTENT, deps);
    const answer = await handleMessage(analyzeMessage({ revision: 2, text: '  \n ' }), CONTENT, deps);
    expect(answer).toMatchObject({ ok: true, analysis: { risk: 'none', findings: [] } });
    expect(states.editors(7)).toEqual([]);
    expect(analyze).toHaveBeenCalledTimes(1);
  });
});

describe('handleMessage: malformed messages', () => {
  it.each([
    ['null', null],
    ['a string', 'sl:analyze'],
    ['an unknown type', { type: 'sl:nope' }],
    ['a missing editorId', { type: 'sl:analyze', site: 'x', revision: 1, text: 'hi' }],
    ['a negative revision', analyzeMessage({ revision: -1 })],
    ['text over the limit', analyzeMessage({ text: 'a'.repeat(200_001) })],
    ['a bad site', analyzeMessage({ site: 'facebook' })],
    ['a tab-state without tabId', { type: 'sl:tab-state' }],
  ])('answers %s with an error and changes nothing', async (_label, message) => {
    const { deps, states, changed } = makeDeps();
    const answer = await handleMessage(message, CONTENT, deps);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message: /) });
    expect(JSON.stringify(answer).length).toBeLessThan(700);
    expect(states.editors(7)).toEqual([]);
    expect(changed).not.toHaveBeenCalled();
  });

  it('answers an engine failure with an error, not a crash', async () => {
    vi.mocked(analyze).mockImplementationOnce(() => {
      throw new RangeError('boom Maria');
    });
    const { deps } = makeDeps();
    const answer = await handleMessage(analyzeMessage(), CONTENT, deps);
    expect(answer).toEqual({ ok: false, error: 'could not handle sl:analyze: RangeError' });
  });
});

describe('handleMessage: clear and tab state', () => {
  it('clears one editor and leaves the others', async () => {
    const { deps, states } = makeDeps();
    await handleMessage(analyzeMessage(), CONTENT, deps);
    await handleMessage(analyzeMessage({ editorId: 'e2' }), CONTENT, deps);
    expect(await handleMessage({ type: 'sl:clear', editorId: 'e1' }, CONTENT, deps)).toEqual({ ok: true });
    expect(states.editors(7).map((e) => e.editorId)).toEqual(['e2']);
  });

  it('gives the popup a valid tab state with the overall risk', async () => {
    const { deps } = makeDeps();
    await handleMessage(analyzeMessage(), CONTENT, deps);
    const answer = await handleMessage({ type: 'sl:tab-state', tabId: 7 }, POPUP, deps);
    const parsed = tabStateResponse.parse(answer);
    expect(parsed.risk).toBe('high');
    expect(parsed.editors[0]?.analysis.findings.map((f) => f.refinements)).toEqual([[], ['age-90-plus']]);
    expect(await handleMessage({ type: 'sl:tab-state', tabId: 8 }, POPUP, deps)).toMatchObject({ risk: 'none', editors: [] });
  });

  it('does not give a tab state to a content script', async () => {
    const { deps } = makeDeps();
    expect(await handleMessage({ type: 'sl:tab-state', tabId: 7 }, CONTENT, deps)).toMatchObject({ ok: false });
  });
});
