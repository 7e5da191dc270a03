import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** One piece of our UI in the page: a host element at the end of the body, its open shadow root, and a container inside. */
export interface ShadowUi {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/**
 * Mounts a UI in its own open shadow root, like WXT's createShadowRootUi (styles reset at the host,
 * keys kept from the page) without its mounting machinery, which cost every content script about
 * 9 KB (issue 3: at most 50 KB). Removed when the extension is reloaded.
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
  (document.body ?? document.documentElement).append(host);
  const remove = (): void => host.remove();
  ctx.onInvalidated(remove);
  return { host, container, remove };
}
