import type { EditorState, KeptFinding } from '../../src/messaging/popup';
import type { PopupModel } from '../../entrypoints/popup/model';
import { groupFindings } from '../../entrypoints/popup/model';
import { vi } from 'vitest';

/** A kept finding as the background would store it. */
export function finding(overrides: Partial<KeptFinding> = {}): KeptFinding {
  return { category: 'name', start: 0, end: 5, severity: 'high', recognizer: 'name/test', reason: 'Looks like a patient name.', excerpt: 'M•••a G••••••z', refinements: [], ...overrides };
}

/** An editor's kept state holding the given findings. */
export function editor(findings: KeptFinding[], overrides: Partial<EditorState> = {}): EditorState {
  const risk = findings.some((f) => f.severity === 'high') ? 'high' : findings.length ? 'medium' : 'none';
  return { editorId: 'e1', site: 'linkedin', revision: 1, updatedAt: 0, analysis: { risk, findings }, ...overrides };
}

/** A popup model for a LinkedIn tab with these editors. */
export function model(editors: EditorState[], overrides: Partial<PopupModel> = {}): PopupModel {
  const risk = editors.some((e) => e.analysis.risk === 'high') ? 'high' : editors.some((e) => e.analysis.risk === 'medium') ? 'medium' : 'none';
  return { tabId: 7, site: 'linkedin', risk, groups: groupFindings({ editors }), hasDraft: editors.length > 0, region: 'us', pausedUntil: 0, now: 1_000, ...overrides };
}

/** Actions that record what the popup asked for. */
export function fakeActions() {
  return {
    pause: vi.fn(async () => {}),
    openSettings: vi.fn(),
    renderUsage: vi.fn(async (container: HTMLElement) => {
      container.append(Object.assign(document.createElement('p'), { textContent: 'usage here' }));
    }),
  };
}
