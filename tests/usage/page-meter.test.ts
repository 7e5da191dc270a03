import { describe, expect, it } from 'vitest';
import { PageMeter, type Slice } from '../../src/usage/page-meter';

const T0 = 1_700_000_000_000;

function meter(visible = true, focused = true): { m: PageMeter; slices: Slice[]; total: () => number } {
  const slices: Slice[] = [];
  const m = new PageMeter((s) => slices.push(s), { now: T0, visible, focused });
  return { m, slices, total: () => slices.reduce((sum, s) => sum + s.end - s.start, 0) };
}

function tickEverySecond(m: PageMeter, from: number, to: number): void {
  for (let t = from; t <= to; t += 1000) m.tick(t);
}

describe('PageMeter', () => {
  it('counts nothing until the page is used', () => {
    const { m, slices } = meter();
    tickEverySecond(m, T0, T0 + 30_000);
    expect(slices).toEqual([]);
    expect(m.counting).toBe(false);
  });

  it('hands out slices of at most the flush period while in use', () => {
    const { m, slices } = meter();
    m.activity(T0);
    for (let t = T0 + 1000; t <= T0 + 50_000; t += 1000) {
      m.tick(t);
      if (t % 10_000 === 0) m.activity(t);
    }
    m.close(T0 + 50_000);
    expect(slices.every((s) => s.end - s.start <= 15_000)).toBe(true);
    expect(slices[0]!.start).toBe(T0);
    expect(slices.at(-1)!.end).toBe(T0 + 50_000);
    for (let i = 1; i < slices.length; i++) expect(slices[i]!.start).toBe(slices[i - 1]!.end);
  });

  it('stops exactly 60 s after the last input, even between ticks', () => {
    const { m, total } = meter();
    m.activity(T0 + 500);
    tickEverySecond(m, T0 + 1000, T0 + 120_000);
    expect(total()).toBe(60_000);
    expect(m.counting).toBe(false);
  });

  it('stops at once when hidden or blurred, and restarts when the user comes back', () => {
    const { m, slices } = meter();
    m.activity(T0);
    m.tick(T0 + 1000);
    m.visibility(false, T0 + 1500);
    m.tick(T0 + 2500);
    m.visibility(true, T0 + 10_000);
    m.focus(false, T0 + 12_000);
    m.focus(true, T0 + 20_000);
    m.close(T0 + 21_000);
    expect(slices).toEqual([
      { start: T0, end: T0 + 1500 },
      { start: T0 + 10_000, end: T0 + 12_000 },
      { start: T0 + 20_000, end: T0 + 21_000 },
    ]);
  });

  it('drops a gap stretched by sleep, keeping what was lived before it', () => {
    const { m, slices } = meter();
    m.activity(T0);
    tickEverySecond(m, T0 + 1000, T0 + 5000);
    m.tick(T0 + 5000 + 45 * 60_000); // woke up 45 minutes later
    m.activity(T0 + 5000 + 45 * 60_000);
    m.close(T0 + 6000 + 45 * 60_000);
    expect(slices).toEqual([
      { start: T0, end: T0 + 5000 },
      { start: T0 + 5000 + 45 * 60_000, end: T0 + 6000 + 45 * 60_000 },
    ]);
  });

  it('never counts time when the clock goes backwards', () => {
    const { m, slices } = meter();
    m.activity(T0);
    m.tick(T0 + 1000);
    m.tick(T0 - 3_600_000);
    m.close(T0 - 3_599_000);
    expect(slices.every((s) => s.end > s.start)).toBe(true);
  });

  it('does not count a page that starts hidden', () => {
    const { m, slices } = meter(false, false);
    m.activity(T0 + 100);
    tickEverySecond(m, T0 + 1000, T0 + 5000);
    m.close(T0 + 5000);
    expect(slices).toEqual([]);
  });
});
