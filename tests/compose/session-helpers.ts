import { vi } from 'vitest';
import type { IndicatorView, SessionDeps } from '../../src/compose/session-types';
import { xSite } from '../../src/compose/sites/x';
import type { IndicatorState } from '../../src/compose/view-model';
import type { FindingActions } from '../../src/compose/ui/panel';
import type { AnalysisOutcome } from '../../src/compose/analyze-client';
import type { AnalyzeRequest } from '../../src/messaging/messages';

/** Fake deps for an EditorSession: records requests, answers each with findings for every "MRN <digits>". */
export function fakeDeps(overrides: Partial<SessionDeps> = {}) {
  const requests: AnalyzeRequest[] = [];
  const states: IndicatorState[] = [];
  const panel: { actions?: FindingActions } = {};
  const view: IndicatorView = { update: (state) => states.push(state), layout: () => undefined, remove: vi.fn() };
  const analyze = vi.fn(async (request: AnalyzeRequest): Promise<AnalysisOutcome> => {
    requests.push(request);
    const findings = [...request.text.matchAll(/MRN \d+/g)]
      .filter((m) => !request.dismissed.includes(`identifier:${m[0].toLowerCase()}`))
      .map((m) => ({ category: 'identifier' as const, start: m.index, end: m.index + m[0].length, severity: 'high' as const, recognizer: 'test', reason: 'An MRN.' }));
    return { ok: true, editorId: request.editorId, revision: request.revision, analysis: { risk: findings.length ? 'high' : 'none', findings } };
  });
  const deps: SessionDeps = {
    site: xSite, enabled: () => true, analyze, clear: vi.fn(), allow: vi.fn(), createView: async (_id, actions) => ((panel.actions = actions), view), ...overrides,
  };
  return { deps, requests, states, view, analyze, panel };
}

/** A contenteditable X-like box with a Post button, attached to the document. */
export function composeBox(text = ''): { editor: HTMLElement; button: HTMLButtonElement } {
  const box = document.createElement('div');
  const editor = Object.assign(document.createElement('div'), { contentEditable: 'true', textContent: text });
  editor.setAttribute('data-testid', 'tweetTextarea_0');
  const button = Object.assign(document.createElement('button'), { textContent: 'Post' });
  button.setAttribute('data-testid', 'tweetButtonInline');
  box.append(editor, button);
  document.body.replaceChildren(box);
  return { editor, button };
}

/** Lets mutation observers, debounce timers and promise chains run. */
export async function settle(ms = 200): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}
