import { USAGE_SITES, type UsageSite } from '../messaging/usage';
import { loadSettings, watchSettings } from '../settings/store';
import { dailyStatus } from './daily-status';
import type { UsageHistory } from './history';
import { loadHistory, watchHistory } from './history-store';
import { recentDays } from './ledger';
import { renderWeekChart } from './week-chart';

const SITE_NAMES: Record<UsageSite, string> = { linkedin: 'LinkedIn', x: 'X' };
let sections = 0;

/** Colours as custom properties scoped to the section, with a dark variant; the popup styles the rest. */
const SECTION_CSS = `
.sl-usage { --sl-usage-linkedin: #0a66c2; --sl-usage-x: #536471; --sl-usage-over: #b45309; --sl-usage-muted: #5f6b7a; }
@media (prefers-color-scheme: dark) {
  .sl-usage { --sl-usage-linkedin: #70b5f9; --sl-usage-x: #aab8c2; --sl-usage-over: #fbbf24; --sl-usage-muted: #a3adba; }
}
.sl-usage .sl-bar-linkedin { fill: var(--sl-usage-linkedin); }
.sl-usage .sl-bar-x { fill: var(--sl-usage-x); }
.sl-usage svg { width: 100%; height: auto; }
.sl-usage svg text { fill: currentColor; font-size: 10px; }
.sl-usage progress { width: 100%; accent-color: var(--sl-usage-linkedin); }
.sl-usage[data-over-limit="true"] progress { accent-color: var(--sl-usage-over); }
.sl-usage .sl-usage-nudge { color: var(--sl-usage-over); }
.sl-usage .sl-usage-week-list { color: var(--sl-usage-muted); font-size: 0.85em; padding-left: 1.2em; }
.sl-usage figure { margin: 0.5em 0 0; }
`;

/**
 * The popup's usage section: today's minutes per site (the page contract's data-usage-site and
 * data-usage-minutes), progress towards the daily limit with a gentle nudge once it is passed,
 * and the last seven days. It redraws itself when the history or the settings change.
 */
export async function renderUsageSection(container: HTMLElement): Promise<void> {
  const id = `sl-usage-${++sections}`;
  const draw = (history: UsageHistory, limitMinutes: number) => container.replaceChildren(buildSection(id, history, limitMinutes));
  let [history, loaded] = await Promise.all([loadHistory(), loadSettings()]);
  draw(history, loaded.settings.dailyLimitMinutes);
  watchHistory((next) => draw((history = next), loaded.settings.dailyLimitMinutes));
  watchSettings((next) => draw(history, (loaded = next).settings.dailyLimitMinutes));
}

/** The section's DOM for a history and a limit, at `now`; exported for tests. */
export function buildSection(id: string, history: UsageHistory, limitMinutes: number, now = Date.now()): HTMLElement {
  const status = dailyStatus(history, limitMinutes, now);
  const section = document.createElement('section');
  section.className = 'sl-usage';
  section.dataset.overLimit = String(status.overLimit);
  section.setAttribute('aria-labelledby', `${id}-title`);
  const style = document.createElement('style');
  style.textContent = SECTION_CSS;
  const heading = document.createElement('h2');
  heading.id = `${id}-title`;
  heading.textContent = 'Time today';

  const list = document.createElement('ul');
  list.className = 'sl-usage-sites';
  for (const site of USAGE_SITES) {
    const item = document.createElement('li');
    item.dataset.usageSite = site;
    item.dataset.usageMinutes = String(status.minutes[site]);
    item.textContent = `${SITE_NAMES[site]}: ${status.minutes[site]} min`;
    list.append(item);
  }
  section.append(style, heading, list, limitBlock(id, status.totalMinutes, limitMinutes, status.overLimit));
  section.append(renderWeekChart(recentDays(history, now, 7), id));
  return section;
}

function limitBlock(id: string, total: number, limit: number, over: boolean): HTMLElement {
  const block = document.createElement('div');
  block.className = 'sl-usage-limit';
  if (limit === 0) {
    block.textContent = `${total} min in all today. No daily limit is set.`;
    return block;
  }
  const label = document.createElement('label');
  label.htmlFor = `${id}-progress`;
  label.textContent = `${total} of ${limit} minutes of your daily limit`;
  const progress = document.createElement('progress');
  progress.id = `${id}-progress`;
  progress.max = limit;
  progress.value = Math.min(total, limit);
  block.append(label, progress);
  if (over) {
    const nudge = document.createElement('p');
    nudge.className = 'sl-usage-nudge';
    nudge.setAttribute('role', 'status');
    nudge.textContent = 'You have passed the time you set for today. A short break away from the feed may help.';
    block.append(nudge);
  }
  return block;
}
