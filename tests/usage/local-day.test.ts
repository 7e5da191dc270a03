import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayKeyOf, isDayKey, shiftDay, splitByLocalDay } from '../../src/usage/local-day';

const HOUR = 3_600_000;
let savedTz: string | undefined;

describe('local days', () => {
  beforeAll(() => {
    savedTz = process.env.TZ;
  });
  afterAll(() => {
    process.env.TZ = savedTz;
  });

  it('splits an interval at local midnight', () => {
    process.env.TZ = 'Europe/Paris';
    const start = Date.parse('2026-06-01T23:30:00+02:00');
    expect(splitByLocalDay(start, start + HOUR)).toEqual([
      { day: '2026-06-01', ms: HOUR / 2 },
      { day: '2026-06-02', ms: HOUR / 2 },
    ]);
  });

  it('gives a spring-forward day 23 hours and a fall-back day 25', () => {
    process.env.TZ = 'America/New_York';
    const spring = splitByLocalDay(Date.parse('2026-03-08T00:00:00-05:00'), Date.parse('2026-03-09T00:00:00-04:00'));
    expect(spring).toEqual([{ day: '2026-03-08', ms: 23 * HOUR }]);
    const fall = splitByLocalDay(Date.parse('2026-11-01T00:00:00-04:00'), Date.parse('2026-11-02T00:00:00-05:00'));
    expect(fall).toEqual([{ day: '2026-11-01', ms: 25 * HOUR }]);
  });

  it('starts the day at 01:00 where a DST change skips midnight (Santiago)', () => {
    process.env.TZ = 'America/Santiago';
    // 2026-09-06: clocks jump from 00:00 to 01:00; the 5th lasts until 04:00 UTC.
    const parts = splitByLocalDay(Date.parse('2026-09-05T23:00:00-04:00'), Date.parse('2026-09-06T02:00:00-03:00'));
    expect(parts).toEqual([
      { day: '2026-09-05', ms: HOUR },
      { day: '2026-09-06', ms: HOUR },
    ]);
  });

  it('keeps the repeated last hour in the old day where clocks go back at midnight (Santiago)', () => {
    process.env.TZ = 'America/Santiago';
    // 2026-04-05 00:00 -03 becomes 2026-04-04 23:00 -04: the 4th lasts 25 hours.
    const parts = splitByLocalDay(Date.parse('2026-04-04T22:00:00-03:00'), Date.parse('2026-04-05T01:00:00-04:00'));
    expect(parts).toEqual([
      { day: '2026-04-04', ms: 3 * HOUR },
      { day: '2026-04-05', ms: HOUR },
    ]);
  });

  it('names, validates and shifts days across month, year and DST', () => {
    process.env.TZ = 'America/New_York';
    expect(dayKeyOf(Date.parse('2026-01-01T04:59:59Z'))).toBe('2025-12-31');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2026-03-07', 2)).toBe('2026-03-09');
    expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('26-02-01')).toBe(false);
  });

  it('returns nothing for an empty or reversed interval', () => {
    expect(splitByLocalDay(1000, 1000)).toEqual([]);
    expect(splitByLocalDay(2000, 1000)).toEqual([]);
  });
});
