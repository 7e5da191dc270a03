// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildSection } from '../../src/usage/popup-section';
import type { UsageHistory } from '../../src/usage/history';

const NOW = new Date(2026, 5, 10, 18).getTime();
const history: UsageHistory = {
  version: 1,
  countedUntil: 0,
  days: { '2026-06-10': { linkedin: 45 * 60_000 + 59_000, x: 20 * 60_000 }, '2026-06-08': { x: 5 * 60_000 } },
};

describe('popup usage section', () => {
  it('shows today per site as contract elements with whole minutes', () => {
    const section = buildSection('t', history, 60, NOW);
    const sites = [...section.querySelectorAll<HTMLElement>('[data-usage-site]')].map((el) => [el.dataset.usageSite, el.dataset.usageMinutes]);
    expect(sites).toEqual([['linkedin', '45'], ['x', '20']]);
  });

  it('shows progress and a gentle nudge once the limit is passed', () => {
    const over = buildSection('t', history, 60, NOW);
    expect(over.dataset.overLimit).toBe('true');
    expect(over.querySelector('progress')?.value).toBe(60);
    expect(over.querySelector('[role=status]')?.textContent).toMatch(/passed the time you set/);
    const under = buildSection('t', history, 120, NOW);
    expect(under.querySelector('[role=status]')).toBeNull();
    expect(under.querySelector('label')?.textContent).toBe('65 of 120 minutes of your daily limit');
    expect(buildSection('t', history, 0, NOW).querySelector('progress')).toBeNull();
  });

  it('draws seven days as an SVG with a title and the same figures as text', () => {
    const section = buildSection('t', history, 60, NOW);
    const svg = section.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(section.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent).toMatch(/last seven days/);
    const days = [...section.querySelectorAll<HTMLElement>('[data-usage-day]')];
    expect(days.map((d) => d.dataset.usageDay)).toEqual(['2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08', '2026-06-09', '2026-06-10']);
    expect(days[4]!.textContent).toMatch(/LinkedIn 0 min, X 5 min$/);
    expect(svg.querySelectorAll('rect.sl-bar-x')).toHaveLength(2);
  });
});
