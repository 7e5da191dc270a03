// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWelcome } from '../../entrypoints/welcome/welcome';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
  document.body.replaceChildren(root);
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('welcome page', () => {
  it('says what is checked and that nothing leaves the device', () => {
    renderWelcome(root, 'us', { saveRegion: vi.fn(), openSettings: vi.fn() });
    expect(root.textContent).toContain('What it checks');
    expect(root.textContent).toContain('Nothing leaves your device');
    expect(root.querySelectorAll('#checks-title + ul li').length).toBeGreaterThanOrEqual(5);
  });

  it('offers the five regions with the current one selected', () => {
    renderWelcome(root, 'ca', { saveRegion: vi.fn(), openSettings: vi.fn() });
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="region"]')];
    expect(radios.map((r) => r.value)).toEqual(['us', 'uk', 'ca', 'au', 'other']);
    expect(radios.find((r) => r.checked)?.value).toBe('ca');
    for (const radio of radios) expect(root.querySelector(`label[for="${radio.id}"]`)?.textContent?.trim().length).toBeGreaterThan(0);
  });

  it('saves the picked region and says so', async () => {
    const saveRegion = vi.fn(async () => {});
    renderWelcome(root, 'us', { saveRegion, openSettings: vi.fn() });
    const uk = root.querySelector<HTMLInputElement>('input[value="uk"]')!;
    uk.checked = true;
    uk.dispatchEvent(new Event('change'));
    await settle();
    expect(saveRegion).toHaveBeenCalledWith('uk');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('GMC');
  });

  it('shows the store error when saving fails', async () => {
    const saveRegion = vi.fn(async () => {
      throw new Error('Not saved: region: locked by your organisation');
    });
    renderWelcome(root, 'us', { saveRegion, openSettings: vi.fn() });
    const au = root.querySelector<HTMLInputElement>('input[value="au"]')!;
    au.checked = true;
    au.dispatchEvent(new Event('change'));
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Not saved: region: locked by your organisation');
  });
});
