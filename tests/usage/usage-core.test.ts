import { describe, expect, it } from 'vitest';
import { parseHistory, type UsageHistory } from '../../src/usage/history';
import { UsageCore } from '../../src/usage/usage-core';

const T = Date.parse('2026-06-10T10:00:00Z');

function core(initialTab: number | null = 7) {
  let stored: unknown;
  let saves = 0;
  const c = new UsageCore(
    {
      load: async () => parseHistory(structuredClone(stored)).history,
      save: async (h: UsageHistory) => {
        saves++;
        stored = structuredClone(h);
      },
    },
    { focusedTab: initialTab, idle: 'active' },
  );
  const total = () => {
    const h = parseHistory(stored).history;
    return Object.values(h.days).reduce((s, d) => s + (d.linkedin ?? 0) + (d.x ?? 0), 0);
  };
  return { c, total, saves: () => saves };
}

describe('UsageCore', () => {
  it('counts a slice from the active tab of the focused window and saves it at once', async () => {
    const { c, total, saves } = core();
    expect(await c.acceptSlice('linkedin', T, T + 15_000, 7, T + 15_000)).toBe(15_000);
    expect(total()).toBe(15_000);
    expect(saves()).toBe(1);
  });

  it('refuses slices from other tabs: two windows never count twice', async () => {
    const { c, total } = core(7);
    await c.acceptSlice('linkedin', T, T + 15_000, 7, T + 15_000);
    expect(await c.acceptSlice('linkedin', T, T + 15_000, 8, T + 15_000)).toBe(0);
    expect(total()).toBe(15_000);
  });

  it('keeps the part of a late slice that was lived before the focus moved', async () => {
    const { c } = core(7);
    c.noteFocusedTab(8, T + 10_000);
    expect(await c.acceptSlice('linkedin', T, T + 10_000, 7, T + 10_050)).toBe(10_000);
    expect(await c.acceptSlice('x', T + 9_000, T + 12_000, 8, T + 12_000)).toBe(2_000);
  });

  it('stops counting when the screen locks or the user is idle', async () => {
    const { c } = core(7);
    c.noteIdle('locked', T + 4_000);
    expect(await c.acceptSlice('linkedin', T, T + 15_000, 7, T + 15_000)).toBe(4_000);
    c.noteIdle('active', T + 20_000);
    c.noteIdle('idle', T + 30_000);
    expect(await c.acceptSlice('linkedin', T + 20_000, T + 35_000, 7, T + 35_000)).toBe(10_000);
  });

  it('credits a returning user whom the idle API noticed a moment late', async () => {
    const { c } = core(7);
    c.noteIdle('idle', T);
    c.noteIdle('active', T + 60_800);
    expect(await c.acceptSlice('linkedin', T + 60_000, T + 70_000, 7, T + 70_000)).toBe(10_000);
  });

  it('counts nothing while no browser window has focus, and nothing in the future', async () => {
    const { c } = core(null);
    expect(await c.acceptSlice('x', T, T + 5_000, 7, T + 5_000)).toBe(0);
    c.noteFocusedTab(7, T + 5_000);
    expect(await c.acceptSlice('x', T + 5_000, T + 20_000, 7, T + 10_000)).toBe(5_000);
  });

  it('loses nothing but in-flight slices when restarted: state lives in storage', async () => {
    let stored: unknown;
    const storage = { load: async () => parseHistory(structuredClone(stored)).history, save: async (h: UsageHistory) => void (stored = structuredClone(h)) };
    await new UsageCore(storage, { focusedTab: 1, idle: 'active' }).acceptSlice('x', T, T + 15_000, 1, T + 15_000);
    const restarted = new UsageCore(storage, { focusedTab: 1, idle: 'active' });
    await restarted.acceptSlice('x', T, T + 30_000, 1, T + 30_000);
    expect((await restarted.snapshot()).days['2026-06-10']).toEqual({ x: 30_000 });
  });
});
