// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { renderPopup } from '../../entrypoints/popup/render';
import { editor, fakeActions, finding, model } from './fixtures';

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('main');
  document.body.append(root);
});

const risky = () => [
  editor([
    finding(),
    finding({ category: 'age', severity: 'medium', excerpt: '9•', reason: 'An exact age.', refinements: ['age-90-plus'] }),
    finding({ category: 'name', excerpt: 'J• S•••h' }),
  ]),
];

describe('popup with findings', () => {
  it('lists one element per category found, most severe first, with the overall risk', () => {
    renderPopup(root, model(risky()), fakeActions());
    expect([...root.querySelectorAll('[data-category]')].map((e) => e.getAttribute('data-category'))).toEqual(['name', 'age']);
    expect(root.querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('high');
    expect(root.querySelector('.overall')?.textContent).toContain('3 things to check');
  });

  it('shows masked excerpts, the reason, advice and source links that open in a new tab', () => {
    renderPopup(root, model(risky()), fakeActions());
    const name = root.querySelector('[data-category="name"]')!;
    expect([...name.querySelectorAll('.excerpt')].map((e) => e.textContent)).toEqual(['M•••a G••••••z', 'J• S•••h']);
    expect(name.querySelector('.why')?.textContent).toBe('Looks like a patient name.');
    expect(name.querySelectorAll('.advice-item').length).toBeGreaterThanOrEqual(2);
    const links = [...name.querySelectorAll('a')];
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
      expect(new URL(link.getAttribute('href')!).protocol).toBe('https:');
    }
  });

  it('leads with the refinement, then the user region', () => {
    renderPopup(root, model(risky(), { region: 'uk' }), fakeActions());
    const age = root.querySelector('[data-category="age"]')!;
    const ids = [...age.querySelectorAll('[data-advice-id]')].map((e) => e.getAttribute('data-advice-id'));
    expect(ids[0]).toBe('age-90-plus');
    expect(ids[1]).toBe('age-sum-uk');
  });

  it('renders hostile text as text', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    renderPopup(root, model([editor([finding({ reason: hostile, excerpt: hostile })])]), fakeActions());
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.why')?.textContent).toBe(hostile);
  });
});

describe('popup calm states', () => {
  it.each([
    ['off-site', model([], { site: null }), 'LinkedIn and X'],
    ['no-draft', model([]), 'No draft yet'],
    ['clean', model([editor([])]), 'Nothing to check'],
  ])('shows the %s state with tips and no risk elements', (state, m, title) => {
    renderPopup(root, m, fakeActions());
    expect(root.querySelector('[data-category]')).toBeNull();
    expect(root.querySelector(`.calm[data-state="${state}"] h2`)?.textContent).toContain(title);
    expect(root.querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('none');
    expect(root.querySelectorAll('.calm .advice-item').length).toBe(2);
  });

  it('offers no pause button off the watched sites', () => {
    renderPopup(root, model([], { site: null }), fakeActions());
    expect(root.querySelector('[data-action="pause"]')).toBeNull();
  });
});

describe('popup controls and usage', () => {
  it('gives the usage section an empty container it can fill', async () => {
    const actions = fakeActions();
    renderPopup(root, model([]), actions);
    const container = actions.renderUsage.mock.calls[0]![0];
    expect(root.contains(container)).toBe(true);
    expect(container.textContent).toBe('usage here');
  });

  it('pauses warnings on this site for an hour, then offers to resume', async () => {
    const actions = fakeActions();
    renderPopup(root, model([]), actions);
    const before = Date.now();
    root.querySelector<HTMLButtonElement>('[data-action="pause"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [site, until] = actions.pause.mock.calls[0] as unknown as [string, number];
    expect(site).toBe('linkedin');
    expect(until - before).toBeGreaterThanOrEqual(60 * 60 * 1000 - 5);
    expect(until - before).toBeLessThan(60 * 60 * 1000 + 1000);
    expect(root.querySelector('[data-action="resume"]')?.textContent).toContain('Resume warnings on LinkedIn');
    expect(root.querySelector('.paused')?.textContent).toContain('paused until');
  });

  it('resumes a paused site by pausing until 0', async () => {
    const actions = fakeActions();
    renderPopup(root, model([], { site: 'x', pausedUntil: 5_000, now: 1_000 }), actions);
    root.querySelector<HTMLButtonElement>('[data-action="resume"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(actions.pause).toHaveBeenCalledWith('x', 0);
  });

  it('opens the settings', () => {
    const actions = fakeActions();
    renderPopup(root, model([]), actions);
    root.querySelector<HTMLButtonElement>('[data-action="settings"]')!.click();
    expect(actions.openSettings).toHaveBeenCalledOnce();
  });

  it('uses real buttons and labelled sections (keyboard and screen readers)', () => {
    renderPopup(root, model(risky()), fakeActions());
    for (const control of root.querySelectorAll('[data-action]')) expect(control.tagName).toBe('BUTTON');
    for (const section of root.querySelectorAll('section[aria-labelledby]')) {
      expect(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent?.length).toBeGreaterThan(0);
    }
    expect(root.querySelector('[role="status"]')).not.toBeNull();
  });
});
