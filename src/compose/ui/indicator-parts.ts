/** The elements of one indicator, built once inside its shadow root. */
export interface IndicatorParts {
  root: HTMLElement;
  marks: HTMLElement;
  anchor: HTMLElement;
  badge: HTMLButtonElement;
  /** Below the editor's corner: the nudge line, then the details panel. */
  below: HTMLElement;
  nudge: HTMLElement;
  panel: HTMLElement;
  list: HTMLElement;
  live: HTMLElement;
}

/** Builds the indicator's elements (badge, panel, nudge, highlight layer, live region) into the container. */
export function buildIndicatorParts(container: HTMLElement): IndicatorParts {
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] =>
    Object.assign(document.createElement(tag), { className });
  const parts: IndicatorParts = {
    root: make('div', 'sl-root'),
    marks: make('div', 'sl-marks'),
    anchor: make('div', 'sl-anchor'),
    badge: make('button', 'sl-badge'),
    below: make('div', 'sl-below'),
    nudge: make('p', 'sl-nudge'),
    panel: make('div', 'sl-panel'),
    list: make('ul', 'sl-list'),
    live: make('div', 'sl-sr'),
  };
  const { root, marks, anchor, badge, below, nudge, panel, list, live } = parts;
  badge.type = 'button';
  badge.hidden = true;
  badge.setAttribute('aria-expanded', 'false');
  panel.hidden = true;
  panel.id = 'sl-panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Second Look: what may identify a patient');
  badge.setAttribute('aria-controls', panel.id);
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  nudge.hidden = true;
  nudge.setAttribute('role', 'status'); // announced politely once, never a dialog: the nudge must not block
  panel.append(list);
  below.append(nudge, panel);
  anchor.append(badge, below);
  root.append(marks, anchor, live);
  container.append(root);
  return parts;
}
