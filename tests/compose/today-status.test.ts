import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { USAGE_SITES } from '../../src/messaging/usage';
import { nudgeLine } from '../../src/compose/page-info';
import { dailyStatus } from '../../src/usage/daily-status';
import { HISTORY_VERSION as STORED_VERSION, parseHistory } from '../../src/usage/history';
import { HISTORY_KEY as STORED_KEY } from '../../src/usage/history-store';
import { dayKeyOf } from '../../src/usage/local-day';
import { HISTORY_KEY, HISTORY_VERSION, SITES, todayStatus, watchTodayStatus } from '../../src/usage/today-status';

const NOW = new Date(2026, 10, 26, 15, 0).getTime();
const TODAY = dayKeyOf(NOW);
const MIN = 60_000;

describe("today's status in a content script (no zod)", () => {
  it('uses the stored shape of the usage history', () => {
    expect([HISTORY_KEY, HISTORY_VERSION, SITES]).toEqual([STORED_KEY, STORED_VERSION, USAGE_SITES]);
  });

  it('agrees with daily-status.ts on valid, corrupt and foreign histories', () => {
    const histories: unknown[] = [
      undefined, null, 'oops', [], { version: 1, countedUntil: 0, days: {} },
      { version: 1, countedUntil: 0, days: { [TODAY]: { linkedin: 41 * MIN + 59_000, x: 19 * MIN } } },
      { version: 1, countedUntil: 0, days: { [TODAY]: { linkedin: 90 * MIN }, '2026-11-25': { x: 500 * MIN } } },
      { version: 1, countedUntil: 0, days: { [TODAY]: { linkedin: -5, x: 70 * MIN } } },
      { version: 1, countedUntil: 0, days: { [TODAY]: { linkedin: 1.5 } } },
      { version: 1, countedUntil: 0, days: { [TODAY]: [] } },
      { version: 2, countedUntil: 0, days: { [TODAY]: { x: 70 * MIN } } },
      { countedUntil: 0, days: { [TODAY]: { x: 70 * MIN } } },
    ];
    for (const raw of histories) {
      for (const limit of [0, 1, 60, 61]) {
        expect(todayStatus(raw, limit, NOW), JSON.stringify(raw)).toEqual(dailyStatus(parseHistory(raw).history, limit, NOW));
      }
    }
  });

  it('nudges gently once the limit is reached, and not before', () => {
    const history = (minutes: number) => ({ version: 1, countedUntil: 0, days: { [TODAY]: { linkedin: minutes * MIN } } });
    expect(nudgeLine(todayStatus(history(59), 60, NOW))).toBeNull();
    expect(nudgeLine(todayStatus(history(60), 60, NOW))).toBe("You've spent 60 minutes on LinkedIn and X today — time for a break?");
    expect(nudgeLine(todayStatus(history(600), 0, NOW))).toBeNull(); // a limit of 0 is no limit
  });
});

describe('watching today\'s status', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('calls back when known, when the history or the limit changes, and on a new day; not after stop', async () => {
    await fakeBrowser.storage.local.set({ [HISTORY_KEY]: { version: 1, countedUntil: 0, days: { [TODAY]: { x: 50 * MIN } } } });
    const seen: Array<[number, boolean]> = [];
    const watcher = watchTodayStatus(60, (status) => seen.push([status.totalMinutes, status.overLimit]));
    await vi.waitFor(() => expect(seen).toEqual([[50, false]]));
    await fakeBrowser.storage.local.set({ [HISTORY_KEY]: { version: 1, countedUntil: 0, days: { [TODAY]: { x: 65 * MIN } } } });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([65, true]));
    watcher.setLimit(90);
    expect(seen.at(-1)).toEqual([65, false]);
    vi.setSystemTime(new Date(2026, 10, 27, 0, 1));
    vi.advanceTimersByTime(60_000);
    expect(seen.at(-1)).toEqual([0, false]);
    const count = seen.length;
    watcher.stop();
    await fakeBrowser.storage.local.set({ [HISTORY_KEY]: { version: 1, countedUntil: 0, days: {} } });
    watcher.setLimit(1);
    expect(seen).toHaveLength(count);
  });
});
