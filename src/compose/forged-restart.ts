import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** WXT's signal that a newer copy of this content script started (its ContentScriptContext, WXT 0.21). */
function restartSignal(): string {
  return `${browser.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
}

/**
 * Stops a page script from switching the extension off. WXT retires a content script when a
 * `<extension id>:<entrypoint>:wxt:content-script-started` event reaches the document; any page can
 * dispatch one (the id is public), and every warning and the guard would be gone (issue 7). A real
 * newer copy only exists once this one's extension context is gone (reload or update), so while ours
 * is still valid the signal is stopped on the window, before WXT's listener on the document sees it.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  const type = restartSignal();
  const stopWhileValid = (event: Event): void => {
    if (browser.runtime?.id) event.stopImmediatePropagation();
  };
  window.addEventListener(type, stopWhileValid, { capture: true, signal: ctx.signal });
}
