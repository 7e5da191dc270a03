import { fakeBrowser } from 'wxt/testing';
import { vi } from 'vitest';
import type { Analysis } from '../../src/detect/types';
import type { HandlerDeps, SenderInfo } from '../../src/background/handle-message';
import { TabStates } from '../../src/background/tab-states';

/** A content script in tab 7, top frame. */
export const CONTENT: SenderInfo = { tabId: 7, frameId: 0, fromExtensionPage: false };
export const POPUP: SenderInfo = { fromExtensionPage: true };

/** A valid analysis request, with fields overridable. */
export function analyzeMessage(overrides: Record<string, unknown> = {}) {
  return { type: 'sl:analyze', editorId: 'e1', site: 'linkedin', revision: 1, text: 'Seen today: Maria Gonzalez, 94', ...overrides };
}

/** Handler dependencies over fakeBrowser's storage.session, recording badge updates. */
export function makeDeps(options = {}) {
  const states = new TabStates(fakeBrowser.storage.session);
  const changed = vi.fn<(tabId: number) => void>();
  const deps: HandlerDeps = { states, engineOptions: async () => options, changed, now: () => 1_000 };
  return { deps, states, changed };
}

/** The findings the engine mock gives for the default request text. */
export function engineResult(text: string): Analysis {
  const name = 'Maria Gonzalez';
  const at = text.indexOf(name);
  const age = text.indexOf('94');
  const findings: Analysis['findings'] = [];
  if (at >= 0) findings.push({ category: 'name', start: at, end: at + name.length, severity: 'high', recognizer: 'name/test', reason: `${name} looks like a patient's name.` });
  if (age >= 0) findings.push({ category: 'age', start: age, end: age + 2, severity: 'medium', recognizer: 'age/test', reason: 'An exact age.' });
  return { risk: findings.length ? 'high' : 'none', findings };
}
