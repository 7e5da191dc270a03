import { NOT_EDITORS } from './sites/generic';
import type { SiteAdapter } from './sites/types';

/** Mutations are handled in batches this far apart, so a busy feed costs one pass per batch, not per node. */
export const SCAN_DELAY_MS = 100;

export interface EditorWatcher {
  /** Looks through the whole page again (start-up, and after in-page navigation). */
  scan(): void;
  stop(): void;
}

/** Whether an element is a draft editor: it matches, is not a hidden helper, and is not an editable part inside another editor. */
export function isEditor(element: Element, selector: string): boolean {
  if (!element.matches(selector) || element.matches(NOT_EDITORS)) return false;
  const outer = element.parentElement?.closest('[contenteditable]');
  return !outer || outer.getAttribute('contenteditable') === 'false';
}

/**
 * Finds editors as they appear: one MutationObserver for the document and each open shadow root
 * found (a document observer does not see into them), batched; and a focusin catch-all, so a box
 * the observer could not see is still found when the author starts typing in it.
 */
export function watchEditors(site: SiteAdapter, found: (editor: Element) => void, removed: () => void): EditorWatcher {
  const selector = site.editors.join(',');
  const hostSelector = site.shadowHosts.join(',');
  const observed = new WeakSet<Node>();
  let added: Element[] = [];
  let sawRemoval = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const consider = (element: Element): void => {
    if (isEditor(element, selector)) found(element);
  };
  const both = hostSelector ? `${selector},${hostSelector}` : selector;
  const lookInto = (root: ParentNode): void => {
    if (root instanceof Element) {
      consider(root);
      if (root.shadowRoot) observeRoot(root.shadowRoot);
    }
    // one query for editors and shadow hosts: on a busy feed this runs for every added subtree
    for (const element of root.querySelectorAll(both)) {
      if (element.shadowRoot) observeRoot(element.shadowRoot);
      consider(element);
    }
  };
  const flush = (): void => {
    timer = undefined;
    const batch = added;
    added = [];
    for (const element of batch) if (element.isConnected) lookInto(element);
    if (sawRemoval) {
      sawRemoval = false;
      removed();
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.push(node as Element);
      if (record.removedNodes.length > 0) sawRemoval = true;
    }
    if (timer === undefined && (added.length > 0 || sawRemoval)) timer = setTimeout(flush, SCAN_DELAY_MS);
  });
  function observeRoot(root: Document | ShadowRoot): void {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
    if (root instanceof ShadowRoot) lookInto(root);
  }
  const onFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const root = target.getRootNode();
    if (root instanceof ShadowRoot) observeRoot(root);
    const editor = target.closest(selector);
    if (editor) consider(editor);
  };

  const scan = (): void => {
    lookInto(document);
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) observeRoot(element.shadowRoot);
  };
  observeRoot(document);
  document.addEventListener('focusin', onFocus, true);
  scan();
  return {
    scan,
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('focusin', onFocus, true);
    },
  };
}
