import type { SiteAdapter } from './sites/types';

/** How far up from an editor a compose box's submit button may sit before we stop looking. */
const MAX_ANCESTORS = 12;

/** The element's parent, stepping out of a shadow root to its host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The container of one compose box: a known container, else the nearest ancestor holding a submit button. */
export function composeRootOf(editor: Element, site: SiteAdapter): Element {
  const known = editor.closest(site.composeRoots.join(','));
  if (known) return known;
  const submit = site.submitButtons.join(',');
  let node = parentAcrossShadow(editor);
  for (let depth = 0; node && depth < MAX_ANCESTORS; depth += 1) {
    if (node.querySelector(submit)) return node;
    node = parentAcrossShadow(node);
  }
  return parentAcrossShadow(editor) ?? editor;
}

/** Whether an element (from an event's composed path) is one of the site's submit buttons. */
export function isSubmitButton(node: EventTarget, site: SiteAdapter): node is HTMLElement {
  return node instanceof HTMLElement && node.matches(site.submitButtons.join(','));
}

/** The site's own submit button for this editor's compose box, if it has one. */
export function submitButtonFor(editor: Element, site: SiteAdapter): HTMLElement | null {
  const found = composeRootOf(editor, site).querySelector(site.submitButtons.join(','));
  return found instanceof HTMLElement ? found : null;
}

/** Attachments (image or video previews) in the editor's compose box, outside the text itself. */
export function attachmentCount(editor: Element, site: SiteAdapter): number {
  const root = composeRootOf(editor, site);
  const seen = new Set<Element>();
  for (const element of root.querySelectorAll(site.attachments.join(','))) {
    if (!editor.contains(element)) seen.add(element);
  }
  return seen.size;
}
