import { USAGE_SITES, type UsageSite } from '../messaging/usage';
import type { DayKey } from './local-day';
import { wholeMinutes } from './ledger';

const SVG = 'http://www.w3.org/2000/svg';
const SITE_NAMES: Record<UsageSite, string> = { linkedin: 'LinkedIn', x: 'X' };
const WIDTH = 280;
const HEIGHT = 120;
const LABEL_SPACE = 18;

/** A day's label for people: "Mon 8" in the user's locale. */
export function dayLabel(day: DayKey, locale?: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).toLocaleDateString(locale, { weekday: 'short', day: 'numeric' });
}

/**
 * A stacked bar chart of minutes per day and site. The SVG is one image with a title for screen
 * readers; the same figures are listed as text right after it for anyone who cannot see the bars.
 */
export function renderWeekChart(days: Array<{ day: DayKey; ms: Record<UsageSite, number> }>, idPrefix: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'sl-usage-week';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${idPrefix}-chart-title`);
  const title = document.createElementNS(SVG, 'title');
  title.id = `${idPrefix}-chart-title`;
  title.textContent = 'Minutes on LinkedIn and X, last seven days';
  svg.append(title);

  const maxMs = Math.max(60_000, ...days.map((d) => USAGE_SITES.reduce((sum, site) => sum + d.ms[site], 0)));
  const slot = WIDTH / days.length;
  const barHeight = HEIGHT - LABEL_SPACE;
  days.forEach((d, i) => {
    let top = barHeight;
    for (const site of USAGE_SITES) {
      const h = (d.ms[site] / maxMs) * barHeight;
      if (h <= 0) continue;
      top -= h;
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(i * slot + slot * 0.2));
      rect.setAttribute('y', String(top));
      rect.setAttribute('width', String(slot * 0.6));
      rect.setAttribute('height', String(h));
      rect.setAttribute('class', `sl-bar sl-bar-${site}`);
      svg.append(rect);
    }
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(i * slot + slot / 2));
    label.setAttribute('y', String(HEIGHT - 4));
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('aria-hidden', 'true');
    label.textContent = dayLabel(d.day).slice(0, 3);
    svg.append(label);
  });

  const caption = document.createElement('figcaption');
  const list = document.createElement('ul');
  list.className = 'sl-usage-week-list';
  for (const d of days) {
    const item = document.createElement('li');
    item.dataset.usageDay = d.day;
    const parts = USAGE_SITES.map((site) => `${SITE_NAMES[site]} ${wholeMinutes(d.ms[site])} min`);
    item.textContent = `${dayLabel(d.day)}: ${parts.join(', ')}`;
    list.append(item);
  }
  caption.append(list);
  figure.append(svg, caption);
  return figure;
}
