import { adviceFor } from '../../src/advice';
import type { Risk } from '../../src/detect/types';
import type { WatchedSite } from '../../src/settings/schema';
import { el } from './dom';
import type { PopupModel } from './model';
import { adviceList } from './render-advice';
import { calmState } from './render-calm';
import { findingCard } from './render-findings';

/** What the popup's buttons do; browser calls in the app, fakes in tests. */
export interface PopupActions {
  pause(site: WatchedSite, untilMs: number): Promise<void>;
  openSettings(): void;
  renderUsage(container: HTMLElement): Promise<void>;
}

const SITE_NAMES: Record<WatchedSite, string> = { linkedin: 'LinkedIn', x: 'X' };
const RISK_TEXT: Record<Risk, string> = { none: 'No risks found', low: 'Low risk', medium: 'Medium risk', high: 'High risk' };
const HOUR_MS = 60 * 60 * 1000;

function header(model: PopupModel): HTMLElement {
  const shown: Risk = model.groups.length > 0 ? model.risk : 'none';
  const count = model.groups.reduce((sum, group) => sum + group.findings.length, 0);
  const detail = count > 0 ? `${count} ${count === 1 ? 'thing' : 'things'} to check before you post` : '';
  return el('header', { class: 'top' }, [
    el('h1', { text: 'Second Look' }),
    el('p', { class: `overall risk-${shown}`, role: 'status', 'data-risk': shown }, [
      el('span', { class: 'overall-level', text: RISK_TEXT[shown] }),
      detail && el('span', { class: 'overall-detail', text: detail }),
    ]),
  ]);
}

/** Pause for an hour, or show until when warnings are paused with a way to resume. */
function pauseControl(model: PopupModel, actions: PopupActions, rerender: (model: PopupModel) => void): HTMLElement | null {
  const site = model.site;
  if (!site) return null;
  const paused = model.pausedUntil > model.now;
  const until = new Date(model.pausedUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const button = el('button', {
    type: 'button',
    class: 'secondary',
    'data-action': paused ? 'resume' : 'pause',
    text: paused ? `Resume warnings on ${SITE_NAMES[site]}` : `Pause warnings on ${SITE_NAMES[site]} for 1 hour`,
  });
  button.addEventListener('click', () => {
    const untilMs = paused ? 0 : Date.now() + HOUR_MS;
    button.disabled = true;
    void actions.pause(site, untilMs).then(() => rerender({ ...model, pausedUntil: untilMs, now: Date.now() }), () => (button.disabled = false));
  });
  return el('div', { class: 'control' }, [paused && el('p', { class: 'paused', role: 'note', text: `Warnings on ${SITE_NAMES[site]} are paused until ${until}.` }), button]);
}

/** Draws the whole popup into `root` in one synchronous pass; the usage section fills in after. */
export function renderPopup(root: HTMLElement, model: PopupModel, actions: PopupActions): void {
  const settings = el('button', { type: 'button', class: 'link', 'data-action': 'settings', text: 'Settings' });
  settings.addEventListener('click', () => actions.openSettings());
  const usage = el('div', { class: 'usage-slot' });
  const rerender = (next: PopupModel) => renderPopup(root, next, actions);
  root.replaceChildren(
    header(model),
    model.notice ? el('p', { class: 'notice', role: 'alert', text: model.notice }) : '',
    model.groups.length > 0
      ? el('div', { class: 'risks', 'aria-label': 'Risks found' }, model.groups.map((group) => findingCard(group, model.region)))
      : calmState(model, model.region),
    // The usage section brings its own heading.
    el('section', { class: 'usage', 'aria-label': 'Time on LinkedIn and X' }, [
      usage,
      el('details', { class: 'more' }, [el('summary', { text: 'Tips for time online' }), adviceList(adviceFor('time', model.region), 3, 'Tips for time online')]),
    ]),
    el('footer', { class: 'controls' }, [pauseControl(model, actions, rerender), settings]),
  );
  void actions.renderUsage(usage).catch(() => usage.replaceChildren(el('p', { class: 'muted', text: 'Usage is not available right now.' })));
}
