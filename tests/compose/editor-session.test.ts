// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, EditorSession } from '../../src/compose/editor-session';
import { composeBox, fakeDeps, settle } from './session-helpers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EditorSession', () => {
  it('analyses once after a pause in typing, with the latest text and revision', async () => {
    const { editor } = composeBox();
    const { deps, requests } = fakeDeps();
    new EditorSession(editor, deps);
    for (const text of ['M', 'MR', 'MRN 1', 'MRN 12']) {
      editor.textContent = text;
      await settle(DEBOUNCE_MS / 3);
    }
    expect(requests).toHaveLength(0);
    await settle(DEBOUNCE_MS);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ type: 'sl:analyze', site: 'x', text: 'MRN 12', media: 0, dismissed: [] });
  });

  it('drops an answer for an older draft', async () => {
    const { editor } = composeBox();
    let release: () => void = () => undefined;
    const { deps, analyze, states } = fakeDeps();
    const real = analyze.getMockImplementation()!;
    analyze.mockImplementationOnce(async (request) => {
      await new Promise<void>((resolve) => (release = resolve));
      return real(request);
    });
    const session = new EditorSession(editor, deps);
    editor.textContent = 'MRN 1';
    await settle();
    editor.textContent = 'all clear';
    await settle(10);
    release();
    await settle();
    expect(states.filter((s) => s.status === 'ready').map((s) => s.risk)).toEqual(['none']);
    expect(session.current.risk).toBe('none');
  });

  it('shows findings; a dismissed one stays away for this draft without touching the others', async () => {
    const { editor } = composeBox('MRN 1 and MRN 2');
    const { deps, requests, panel } = fakeDeps();
    const session = new EditorSession(editor, deps);
    await settle();
    expect(session.current.findings.map((f) => f.excerpt)).toEqual(['M•• 1', 'M•• 2']);
    panel.actions?.dismiss(session.current.findings[0]!);
    await settle();
    expect(requests.at(-1)?.dismissed).toEqual(['identifier:mrn 1']);
    expect(session.current.findings.map((f) => f.term)).toEqual(['MRN 2']);
    expect(session.current.risk).toBe('high');
    editor.textContent = 'MRN 1 and MRN 2 again';
    await settle();
    expect(session.current.findings.map((f) => f.term)).toEqual(['MRN 2']);
    panel.actions?.allow(session.current.findings[0]!);
    await settle();
    expect(deps.allow).toHaveBeenCalledWith('MRN 2');
    expect(session.current).toMatchObject({ risk: 'none', findings: [] });
    expect(editor.textContent).toBe('MRN 1 and MRN 2 again');
  });

  it('clears the background when the draft is emptied and when the box goes away', async () => {
    const { editor } = composeBox('MRN 5');
    const { deps, view } = fakeDeps();
    const session = new EditorSession(editor, deps);
    await settle();
    editor.textContent = '';
    await settle();
    expect(deps.clear).toHaveBeenCalledTimes(1);
    expect(session.current).toMatchObject({ risk: 'none', status: 'ready' });
    editor.textContent = 'MRN 6';
    await settle();
    session.dispose();
    expect(deps.clear).toHaveBeenCalledTimes(2);
    expect(view.remove).toHaveBeenCalled();
  });

  it('sends nothing and never warns while warnings are off for the site', async () => {
    const { editor } = composeBox('MRN 7');
    const { deps, requests } = fakeDeps({ enabled: () => false });
    const session = new EditorSession(editor, deps);
    await settle();
    expect(requests).toHaveLength(0);
    expect(session.current.status).toBe('off');
    expect(session.warns()).toBe(false);
  });

  it('shows an error state, not a crash, when the background cannot answer', async () => {
    const { editor } = composeBox('MRN 8');
    const { deps } = fakeDeps({ analyze: async () => null });
    const session = new EditorSession(editor, deps);
    await settle();
    expect(session.current).toMatchObject({ status: 'error', risk: 'none' });
  });
});

describe('EditorSession and the background', () => {
  it('keeps what it shows when the background says the request was stale, instead of an error', async () => {
    const { editor } = composeBox('MRN 9');
    const { deps, analyze } = fakeDeps();
    const session = new EditorSession(editor, deps);
    await settle();
    expect(session.current).toMatchObject({ status: 'ready', risk: 'high' });
    analyze.mockResolvedValueOnce('stale');
    editor.textContent = 'MRN 9 again';
    await settle();
    expect(session.current).toMatchObject({ status: 'ready', risk: 'high' });
    expect(session.current.findings.map((f) => f.term)).toEqual(['MRN 9']);
  });

  it('forgets its draft in the background once (the page is going away) and sends it again after an edit', async () => {
    const { editor } = composeBox('MRN 10');
    const { deps } = fakeDeps();
    const session = new EditorSession(editor, deps);
    await settle();
    session.forget();
    session.forget();
    expect(deps.clear).toHaveBeenCalledTimes(1);
    expect(deps.clear).toHaveBeenCalledWith(session.id);
    editor.textContent = 'MRN 11';
    await settle();
    session.dispose();
    expect(deps.clear).toHaveBeenCalledTimes(2);
  });

  it('re-checks an analysed box when settings change, and leaves an untouched box alone', async () => {
    const { editor } = composeBox();
    const { deps, requests } = fakeDeps();
    const session = new EditorSession(editor, deps);
    session.recheck();
    await settle();
    expect(requests).toHaveLength(0);
    expect(session.current.status).toBe('idle');
    editor.textContent = 'MRN 12';
    await settle();
    session.recheck();
    await settle();
    expect(requests.map((r) => r.revision)).toEqual([1, 2]);
  });
});
