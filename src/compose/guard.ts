import { isSubmitButton, submitButtonFor } from './compose-root';
import type { EditorSession } from './editor-session';
import type { SiteAdapter } from './sites/types';
import type { GuardChoice } from './ui/guard-dialog';
import type { ShownFinding } from './view-model';

/** What the guard needs from the content script. */
export interface GuardDeps {
  site: SiteAdapter;
  /** The session of an editor found on an event's composed path, if any. */
  sessionOnPath(path: readonly EventTarget[]): EditorSession | undefined;
  /** The session whose compose box holds this submit button, if any. */
  sessionForButton(button: HTMLElement): EditorSession | undefined;
  ask(findings: readonly ShownFinding[]): Promise<GuardChoice>;
}

function isSubmitKey(event: KeyboardEvent): boolean {
  // Plain Enter adds a line (X) and is never held; IME composition keys are the author's, not a submit.
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing && event.keyCode !== 229;
}

/**
 * The pre-post guard: holds a click on Post/Reply/Send or Ctrl/Cmd+Enter while the draft's risk is
 * medium or high, asks, and on "Post anyway" submits the unchanged post once through the site's own button.
 * Listens in the capture phase on the window, before the site's handlers; composedPath() sees into shadow roots.
 */
export function installGuard(target: Window, deps: GuardDeps, signal: AbortSignal): void {
  let passing: EventTarget | null = null;
  let holding = false;

  const resubmit = (session: EditorSession, button: HTMLElement | null): void => {
    const through = button ?? submitButtonFor(session.editor, deps.site);
    passing = through ?? session.editor;
    try {
      if (through) through.click();
      else session.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }));
    } finally {
      passing = null;
    }
  };

  const hold = async (session: EditorSession, button: HTMLElement | null): Promise<void> => {
    holding = true;
    try {
      for (;;) {
        await session.settle();
        if (!session.warns()) return resubmit(session, button);
        const held = session.currentText();
        const choice = await deps.ask(session.current.findings);
        if (choice === 'edit') return session.focusFirstFinding();
        if (session.currentText() === held) return resubmit(session, button);
        session.refresh(); // the draft changed while the dialog was open: check the new one
      }
    } finally {
      holding = false;
    }
  };

  const intercept = (event: Event, session: EditorSession | undefined, button: HTMLElement | null): void => {
    if (!session || !session.isEnabled()) return;
    if (!holding && session.isUpToDate() && !session.warns()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!holding) void hold(session, button);
  };

  target.addEventListener(
    'click',
    (event) => {
      const path = event.composedPath();
      const button = path.find((node): node is HTMLElement => isSubmitButton(node, deps.site));
      if (!button) return;
      if (passing === button) return;
      intercept(event, deps.sessionForButton(button), button);
    },
    { capture: true, signal },
  );
  target.addEventListener(
    'keydown',
    (event) => {
      if (!isSubmitKey(event)) return;
      const path = event.composedPath();
      if (passing && path.includes(passing)) return;
      intercept(event, deps.sessionOnPath(path), null);
    },
    { capture: true, signal },
  );
}
