import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, parseHistory, type UsageHistory } from '../../src/usage/history';
import { addInterval, pruneHistory, recentDays, wholeMinutes } from '../../src/usage/ledger';

const NOW = Date.parse('2026-06-10T12:00:00+02:00');
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const fresh = (): UsageHistory => structuredClone(EMPTY_HISTORY);

describe('parseHistory', () => {
  it('reads a valid history unchanged', () => {
    const stored = { version: 1, countedUntil: NOW, days: { '2026-06-10': { linkedin: 60_000, x: 5 } } };
    expect(parseHistory(stored)).toEqual({ history: stored, problems: [] });
  });

  it('drops only the corrupt entries and says so', () => {
    const { history, problems } = parseHistory({
      version: 1,
      countedUntil: NOW,
      days: { '2026-06-09': { linkedin: 1000 }, '2026-06-10': { linkedin: -5 }, 'yesterday': { x: 3 }, '2026-06-08': 'lots' },
    });
    expect(history.days).toEqual({ '2026-06-09': { linkedin: 1000 } });
    expect(problems).toHaveLength(3);
  });

  it('starts empty, without a problem, when nothing is stored', () => {
    expect(parseHistory(undefined)).toEqual({ history: EMPTY_HISTORY, problems: [] });
  });

  it('reports a value that is not a history at all', () => {
    expect(parseHistory('garbage').problems).toEqual(['history is not an object']);
    expect(parseHistory({ version: 1, days: [] }).problems).toContain('days were missing');
  });

  it('upgrades older versions through each migration in turn', () => {
    // A version-0 layout with seconds instead of milliseconds, to exercise the chain.
    const migrations = {
      0: (old: Record<string, unknown>) => ({
        version: 1,
        countedUntil: 0,
        days: Object.fromEntries(
          Object.entries(old.seconds as Record<string, { linkedin: number }>).map(([d, v]) => [d, { linkedin: v.linkedin * 1000 }]),
        ),
      }),
    };
    const { history, problems } = parseHistory({ seconds: { '2026-06-01': { linkedin: 90 } } }, migrations);
    expect(problems).toEqual([]);
    expect(history.days).toEqual({ '2026-06-01': { linkedin: 90_000 } });
  });

  it('refuses a newer version or a missing migration instead of misreading it', () => {
    expect(parseHistory({ version: 99, days: {} }).problems[0]).toMatch(/newer/);
    expect(parseHistory({ days: {} }).problems[0]).toMatch(/no migration from history version 0/);
  });
});

describe('ledger', () => {
  it('counts each instant once, whatever the delivery order or repetition', () => {
    const h = fresh();
    expect(addInterval(h, 'linkedin', NOW - 10_000, NOW, NOW)).toBe(10_000);
    expect(addInterval(h, 'linkedin', NOW - 10_000, NOW, NOW)).toBe(0);
    expect(addInterval(h, 'x', NOW - 5_000, NOW + 5_000, NOW + 5_000)).toBe(5_000);
    expect(h.days['2026-06-10']).toEqual({ linkedin: 10_000, x: 5_000 });
  });

  it('recovers when the clock was set back', () => {
    const h = fresh();
    h.countedUntil = NOW + 3_600_000;
    expect(addInterval(h, 'x', NOW - 1000, NOW, NOW)).toBe(1000);
  });

  it('splits across midnight and prunes days older than 90', () => {
    const h = fresh();
    const midnight = Date.parse('2026-06-10T00:00:00+02:00');
    addInterval(h, 'x', midnight - 60_000, midnight + 120_000, NOW);
    h.days['2026-03-12'] = { x: 1 }; // 90 days ago: dropped
    h.days['2026-03-13'] = { x: 2 }; // 89 days ago: kept
    pruneHistory(h, NOW);
    expect(h.days).toEqual({ '2026-03-13': { x: 2 }, '2026-06-09': { x: 60_000 }, '2026-06-10': { x: 120_000 } });
  });

  it('lists the last seven days oldest first, with zero for days without use', () => {
    const h = fresh();
    h.days['2026-06-04'] = { linkedin: 61_000 };
    const week = recentDays(h, NOW, 7);
    expect(week.map((d) => d.day)).toEqual(['2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08', '2026-06-09', '2026-06-10']);
    expect(week[0]!.ms).toEqual({ linkedin: 61_000, x: 0 });
    expect(wholeMinutes(week[0]!.ms.linkedin)).toBe(1);
    expect(wholeMinutes(59_999)).toBe(0);
  });
});
