// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorSession } from '../../src/compose/editor-session';
import { installGuard } from '../../src/compose/guard';
import { xSite } from '../../src/compose/sites/x';
import type { GuardChoice } from '../../src/compose/ui/guard-dialog';
import { composeBox, fakeDeps, settle } from './session-helpers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(text: string, choice: GuardChoice = 'post') {
  const { editor, button } = composeBox(text);
  const session = new EditorSession(editor, fakeDeps().deps);
  const posted: string[] = [];
  button.addEventListener('click', () => posted.push(editor.textContent ?? ''));
  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.ctrlKey) posted.push(`key:${editor.textContent}`);
  });
  const ask = vi.fn(async () => choice);
  const abort = new AbortController();
  installGuard(window, { site: xSite, sessionOnPath: (path) => (path.includes(editor) ? session : undefined), sessionForButton: () => session, ask }, abort.signal);
  return { editor, button, session, posted, ask, stop: () => abort.abort() };
}

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });

describe('pre-post guard', () => {
  it('lets a clean, analysed post through untouched', async () => {
    const { button, posted, ask, stop } = setup('hello');
    await settle();
    button.click();
    expect(posted).toEqual(['hello']);
    expect(ask).not.toHaveBeenCalled();
    stop();
  });

  it('holds a risky post and, on "Post anyway", clicks the site\'s button exactly once', async () => {
    const { button, posted, ask, stop } = setup('MRN 00452318');
    await settle();
    button.click();
    expect(posted).toEqual([]);
    await settle(10);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(posted).toEqual(['MRN 00452318']);
    stop();
  });

  it('does not post on "Edit post"', async () => {
    const { button, posted, stop } = setup('MRN 00452318', 'edit');
    await settle();
    button.click();
    await settle(10);
    expect(posted).toEqual([]);
    stop();
  });

  it('holds Ctrl+Enter, never plain Enter, and ignores keys during IME composition', async () => {
    const { editor, posted, ask, stop } = setup('MRN 00452318');
    await settle();
    expect(editor.dispatchEvent(key({ key: 'Enter' }))).toBe(true);
    expect(editor.dispatchEvent(key({ key: 'Enter', ctrlKey: true, isComposing: true }))).toBe(true);
    expect(ask).not.toHaveBeenCalled();
    expect(editor.dispatchEvent(key({ key: 'Enter', ctrlKey: true }))).toBe(false);
    await settle(10);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(posted.filter((p) => p === 'MRN 00452318')).toHaveLength(1); // resubmitted through the Post button
    stop();
  });

  it('checks a draft typed just before the click instead of trusting the old answer', async () => {
    const { editor, button, posted, ask, stop } = setup('hello');
    await settle();
    editor.textContent = 'hello MRN 123';
    await settle(5); // edit seen, analysis still waiting for the pause
    button.click();
    expect(posted).toEqual([]);
    await settle(10);
    expect(ask).toHaveBeenCalledTimes(1);
    stop();
  });
});
