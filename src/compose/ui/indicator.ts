import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageInfo, PageInfoStore } from '../page-info';
import { categoriesOf, type IndicatorState } from '../view-model';
import { buildIndicatorParts, type IndicatorParts } from './indicator-parts';
import { renderFindings, summary, type FindingActions } from './panel';
import { mountShadowUi } from './shadow-ui';
import { STYLES } from './styles';

const ICONS: Record<string, string> = { high: '⛔', medium: '⚠', low: 'ⓘ' };

/** A highlight to draw: client rects of one finding's text. */
export interface Mark {
  rects: readonly DOMRect[];
  severity: string;
}

/**
 * The indicator beside one editor: a badge, a details panel, the daily-limit nudge and highlight
 * marks, in its own shadow root appended to the page body (never inside the editor's DOM). Its host
 * carries the contract attributes.
 */
export class Indicator {
  private state: IndicatorState = { status: 'idle', risk: 'none', findings: [] };
  private lastRisk = 'none';
  private info: PageInfo;
  private readonly unsubscribe: () => void;

  private constructor(
    readonly host: HTMLElement,
    private readonly parts: IndicatorParts,
    private readonly actions: FindingActions,
    page: PageInfoStore,
    private readonly removeUi: () => void,
  ) {
    this.info = page.get();
    this.unsubscribe = page.subscribe((info) => {
      const regionChanged = info.region !== this.info.region;
      this.info = info;
      // a new nudge each minute must not rebuild the panel under the author's focus
      if (regionChanged) this.render();
      else this.renderNudge();
    });
  }

  /** Mounts an indicator for the editor with the given id. */
  static create(ctx: ContentScriptContext, editorId: string, actions: FindingActions, page: PageInfoStore): Indicator {
    const ui = mountShadowUi(ctx, 'second-look-indicator', STYLES);
    const parts = buildIndicatorParts(ui.container);
    const indicator = new Indicator(ui.host, parts, actions, page, ui.remove);
    ui.host.dataset.secondLookEditor = editorId;
    parts.badge.addEventListener('click', () => indicator.toggle());
    parts.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') indicator.toggle(false);
    });
    indicator.render();
    return indicator;
  }

  /** Shows a new state: contract attributes, badge, panel contents and (on a change of risk) a polite announcement. */
  update(state: IndicatorState): void {
    this.state = state;
    this.render();
  }

  /** Opens or closes the details panel. */
  toggle(open = this.parts.panel.hidden): void {
    const { panel, badge, root } = this.parts;
    panel.hidden = !open;
    badge.setAttribute('aria-expanded', String(open));
    if (!open && root.contains(this.host.shadowRoot?.activeElement ?? null)) badge.focus();
  }

  /** Places the badge at the editor's bottom-right corner and draws the marks; hides both when the editor is not visible. */
  layout(editorRect: DOMRect | null, marks: readonly Mark[]): void {
    const visible = editorRect !== null && editorRect.width > 0 && editorRect.height > 0;
    const { anchor } = this.parts;
    anchor.style.display = visible ? '' : 'none';
    if (visible) {
      anchor.style.left = `${editorRect.right}px`;
      anchor.style.top = `${editorRect.bottom}px`;
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
    this.parts.marks.replaceChildren(...boxes);
  }

  /** Removes the indicator from the page. */
  remove(): void {
    this.unsubscribe();
    this.removeUi();
  }

  private render(): void {
    const { risk, findings } = this.state;
    const { badge, list, live } = this.parts;
    this.host.dataset.secondLookRisk = risk;
    this.host.dataset.secondLookCategories = categoriesOf(findings).join(' ');
    this.host.dataset.secondLookState = this.state.status;
    const text = summary(risk, findings.length);
    badge.hidden = risk === 'none';
    badge.dataset.risk = risk;
    badge.setAttribute('aria-label', `Second Look: ${text}. Show details`);
    const icon = Object.assign(document.createElement('span'), { textContent: ICONS[risk] ?? '' });
    icon.setAttribute('aria-hidden', 'true');
    badge.replaceChildren(icon, document.createTextNode(text));
    renderFindings(list, findings, this.actions, this.info.region);
    if (risk === 'none') this.toggle(false);
    if (risk !== this.lastRisk) live.textContent = risk === 'none' ? '' : `Second Look: ${text}`;
    this.lastRisk = risk;
    this.renderNudge();
  }

  private renderNudge(): void {
    const { nudge } = this.parts;
    const line = this.info.nudge;
    nudge.hidden = line === null;
    if (nudge.textContent !== (line ?? '')) nudge.textContent = line ?? '';
    if (line === null) delete this.host.dataset.secondLookNudge;
    else this.host.dataset.secondLookNudge = '';
  }
}
