import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { categoriesOf, type IndicatorState } from '../view-model';
import { renderFindings, summary, type FindingActions } from './panel';
import { STYLES } from './styles';

const ICONS: Record<string, string> = { high: '⛔', medium: '⚠', low: 'ⓘ' };

/** A highlight to draw: client rects of one finding's text. */
export interface Mark {
  rects: readonly DOMRect[];
  severity: string;
}

/**
 * The indicator beside one editor: a badge, a details panel and highlight marks, in its own shadow
 * root appended to the page body (never inside the editor's DOM). Its host carries the contract attributes.
 */
export class Indicator {
  private constructor(
    readonly host: HTMLElement,
    private readonly root: HTMLElement,
    private readonly anchor: HTMLElement,
    private readonly badge: HTMLButtonElement,
    private readonly panel: HTMLElement,
    private readonly list: HTMLElement,
    private readonly live: HTMLElement,
    private readonly marks: HTMLElement,
    private readonly removeUi: () => void,
  ) {}

  /** Mounts an indicator for the editor with the given id. */
  static async create(ctx: ContentScriptContext, editorId: string, actions: FindingActions): Promise<Indicator> {
    let parts: HTMLElement[] = [];
    const ui = await createShadowRootUi(ctx, {
      name: 'second-look-indicator',
      position: 'inline',
      anchor: () => document.body ?? document.documentElement,
      css: STYLES,
      isolateEvents: ['keydown', 'keyup', 'keypress'], // site shortcuts (X's "n", "j") must not fire from our panel
      onMount(container) {
        const make = (tag: string, className: string): HTMLElement => Object.assign(document.createElement(tag), { className });
        const root = make('div', 'sl-root');
        const marks = make('div', 'sl-marks');
        const anchor = make('div', 'sl-anchor');
        const badge = make('button', 'sl-badge') as HTMLButtonElement;
        const panel = make('div', 'sl-panel');
        const list = make('ul', 'sl-list');
        const live = make('div', 'sl-sr');
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
        panel.append(list);
        anchor.append(badge, panel);
        root.append(marks, anchor, live);
        container.append(root);
        parts = [root, anchor, badge, panel, list, live, marks];
      },
    });
    ui.mount();
    const [root, anchor, badge, panel, list, live, marks] = parts as [HTMLElement, HTMLElement, HTMLButtonElement, ...HTMLElement[]];
    const indicator = new Indicator(ui.shadowHost, root, anchor, badge, panel as HTMLElement, list as HTMLElement, live as HTMLElement, marks as HTMLElement, () => ui.remove());
    ui.shadowHost.dataset.secondLookEditor = editorId;
    indicator.badge.addEventListener('click', () => indicator.toggle());
    indicator.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') indicator.toggle(false);
    });
    indicator.actions = actions;
    indicator.update({ status: 'idle', risk: 'none', findings: [] });
    return indicator;
  }

  private actions?: FindingActions;
  private lastRisk = 'none';

  /** Shows a new state: contract attributes, badge, panel contents and (on a change of risk) a polite announcement. */
  update(state: IndicatorState): void {
    const { risk, findings } = state;
    this.host.dataset.secondLookRisk = risk;
    this.host.dataset.secondLookCategories = categoriesOf(findings).join(' ');
    this.host.dataset.secondLookState = state.status;
    const text = summary(risk, findings.length);
    this.badge.hidden = risk === 'none';
    this.badge.dataset.risk = risk;
    this.badge.setAttribute('aria-label', `Second Look: ${text}. Show details`);
    const icon = Object.assign(document.createElement('span'), { textContent: ICONS[risk] ?? '' });
    icon.setAttribute('aria-hidden', 'true');
    this.badge.replaceChildren(icon, document.createTextNode(text));
    if (this.actions) renderFindings(this.list, findings, this.actions);
    if (risk === 'none') this.toggle(false);
    if (risk !== this.lastRisk) this.live.textContent = risk === 'none' ? '' : `Second Look: ${text}`;
    this.lastRisk = risk;
  }

  /** Opens or closes the details panel. */
  toggle(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.badge.setAttribute('aria-expanded', String(open));
    if (!open && this.root.contains(this.host.shadowRoot?.activeElement ?? null)) this.badge.focus();
  }

  /** Places the badge at the editor's bottom-right corner and draws the marks; hides both when the editor is not visible. */
  layout(editorRect: DOMRect | null, marks: readonly Mark[]): void {
    const visible = editorRect !== null && editorRect.width > 0 && editorRect.height > 0;
    this.anchor.style.display = visible ? '' : 'none';
    if (visible) {
      this.anchor.style.left = `${editorRect.right}px`;
      this.anchor.style.top = `${editorRect.bottom}px`;
    }
    const boxes: HTMLElement[] = [];
    for (const mark of visible ? marks : []) {
      for (const rect of mark.rects) {
        const box = document.createElement('div');
        box.className = 'sl-mark';
        box.dataset.severity = mark.severity;
        Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
        boxes.push(box);
      }
    }
    this.marks.replaceChildren(...boxes);
  }

  /** Removes the indicator from the page. */
  remove(): void {
    this.removeUi();
  }
}
