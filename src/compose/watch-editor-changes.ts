import { composeRootOf } from './compose-root';
import type { SiteAdapter } from './sites/types';

/** What to call when one watched editor changes. */
export interface EditorChangeHandlers {
  /** The text changed (mutations, or input events for textareas, which change without mutations). */
  edited(): void;
  /** Something in the compose box changed that may be an attachment. */
  boxChanged(): void;
  /** The editor's size changed: marks and the badge move. */
  resized(): void;
}

/** Watches one editor and its compose box; returns a function that stops watching. */
export function watchEditorChanges(editor: Element, site: SiteAdapter, handlers: EditorChangeHandlers): () => void {
  const edited = (): void => handlers.edited();
  const edits = new MutationObserver(edited);
  edits.observe(editor, { childList: true, subtree: true, characterData: true });
  const box = new MutationObserver(() => handlers.boxChanged());
  box.observe(composeRootOf(editor, site), { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
  const observers: Array<{ disconnect(): void }> = [edits, box];
  if (typeof ResizeObserver === 'function') {
    const resize = new ResizeObserver(() => handlers.resized());
    resize.observe(editor);
    observers.push(resize);
  }
  editor.addEventListener('input', edited);
  return () => {
    observers.forEach((observer) => observer.disconnect());
    editor.removeEventListener('input', edited);
  };
}
