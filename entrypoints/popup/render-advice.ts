import type { ResolvedAdvice } from '../../src/advice';
import { el, externalLink } from './dom';

/** One advice item: what to do, why it matters, and its source as a link. */
export function adviceItem(item: ResolvedAdvice): HTMLLIElement {
  return el('li', { class: 'advice-item', 'data-advice-id': item.id }, [
    el('p', { class: 'advice-text', text: item.advice }),
    el('p', { class: 'advice-why' }, [el('span', { class: 'label', text: 'Why it matters: ' }), item.why]),
    el('p', { class: 'advice-source' }, [
      el('span', { class: 'label', text: 'Source: ' }),
      externalLink(item.source.url, item.source.name, `${item.source.name} (opens in a new tab)`),
    ]),
  ]);
}

/** The first items as a list, the rest behind a native disclosure (keyboard and screen-reader friendly). */
export function adviceList(items: readonly ResolvedAdvice[], shown: number, label: string): HTMLElement {
  const first = el('ul', { class: 'advice', 'aria-label': label }, items.slice(0, shown).map(adviceItem));
  const rest = items.slice(shown);
  if (rest.length === 0) return first;
  return el('div', {}, [
    first,
    el('details', { class: 'more' }, [
      el('summary', { text: `More advice (${rest.length})` }),
      el('ul', { class: 'advice', 'aria-label': `${label}, more` }, rest.map(adviceItem)),
    ]),
  ]);
}
