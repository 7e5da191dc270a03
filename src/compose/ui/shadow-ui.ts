import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** One piece of our UI in the page: a host element at the end of the body, its open shadow root, and a container inside. */
export interface ShadowUi {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/** A page that keeps removing our host gets it back this many times; after that the guard alone still holds risky posts. */
const MAX_RESTORES = 50;

/** Puts the host back whenever a page script takes it out of the document, until `remove` is called. */
function keepInPage(host: HTMLElement, parent: () => Element): () => void {
  let restores = 0;
  const observer = new MutationObserver(() => {
    if (host.isConnected || restores >= MAX_RESTORES) return;
    restores += 1;
    parent().append(host);
    watch();
  });
  // the parent itself may be replaced (a single-page app swapping <body>): watch the current one and the root
  const watch = (): void => {
    observer.disconnect();
    observer.observe(document.documentElement, { childList: true });
    if (host.parentNode && host.parentNode !== document.documentElement) observer.observe(host.parentNode, { childList: true });
  };
  watch();
  return () => observer.disconnect();
}

/**
 * Mounts a UI in its own open shadow root, like WXT's createShadowRootUi (styles reset at the host,
 * keys kept from the page) without its mounting machinery, which cost every content script about
 * 9 KB (issue 3: at most 50 KB). A page script that removes the host sees it come back (issue 7):
 * a warning the page can delete is no warning. Removed for good when the extension is reloaded.
 */
export function mountShadowUi(ctx: ContentScriptContext, name: string, css: string): ShadowUi {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  // site shortcuts (X's "n", "j") must not fire from our UI, nor Enter or Escape meant for it reach the site
  for (const type of ['keydown', 'keyup', 'keypress']) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  const parent = (): Element => document.body ?? document.documentElement;
  parent().append(host);
  const stopKeeping = keepInPage(host, parent);
  const remove = (): void => {
    stopKeeping();
    host.remove();
  };
  ctx.onInvalidated(remove);
  return { host, container, remove };
}
