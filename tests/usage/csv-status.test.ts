import { describe, expect, it } from 'vitest';
import { historyToCsv } from '../../src/usage/csv';
import { dailyStatus, isOverDailyLimit } from '../../src/usage/daily-status';
import type { UsageHistory } from '../../src/usage/history';

const history: UsageHistory = {
  version: 1,
  countedUntil: 0,
  days: { '2026-06-10': { linkedin: 2_400_000, x: 1_230_500 }, '2026-06-02': { x: 59_999 } },
};
const NOON = new Date(2026, 5, 10, 12).getTime();

describe('CSV export', () => {
  it('writes one row per day, oldest first, seconds and whole minutes per site', () => {
    expect(historyToCsv(history)).toBe(
      'date,linkedin_seconds,linkedin_minutes,x_seconds,x_minutes\r\n' +
        '2026-06-02,0,0,60,0\r\n' +
        '2026-06-10,2400,40,1231,20\r\n',
    );
  });

  it('writes only the header for an empty history', () => {
    expect(historyToCsv({ version: 1, countedUntil: 0, days: {} }).split('\r\n')).toHaveLength(2);
  });
});

describe('daily limit', () => {
  it('adds both sites in whole minutes and compares with the limit', () => {
    expect(dailyStatus(history, 61, NOON)).toEqual({ minutes: { linkedin: 40, x: 20 }, totalMinutes: 60, limitMinutes: 61, overLimit: false });
    expect(isOverDailyLimit(history, 60, NOON)).toBe(true);
    expect(isOverDailyLimit(history, 0, NOON)).toBe(false);
    expect(isOverDailyLimit(history, 1, new Date(2026, 5, 11, 0, 5).getTime())).toBe(false);
  });
});
