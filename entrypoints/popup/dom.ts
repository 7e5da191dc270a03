/**
 * A tiny element builder for the extension's pages. Text always goes in through textContent, so
 * nothing from a draft, a setting or a message is ever parsed as HTML.
 */

type Child = Node | string | null | undefined | false;

/** An element with attributes (`text` sets textContent) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A link that opens in a new tab without giving the page a handle on ours. */
export function externalLink(url: string, text: string, label?: string): HTMLAnchorElement {
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text, 'aria-label': label });
}
