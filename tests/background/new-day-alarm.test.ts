import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keepBadgeForNewDay, NEW_DAY_ALARM, nextLocalMidnight } from '../../src/background/new-day-alarm';

describe('nextLocalMidnight', () => {
  it('is just after the coming local midnight', () => {
    const evening = new Date(2026, 10, 26, 23, 59, 30).getTime();
    const next = new Date(nextLocalMidnight(evening));
    expect([next.getDate(), next.getHours(), next.getMinutes(), next.getSeconds()]).toEqual([27, 0, 0, 5]);
  });

  it('moves to the next day when called just after midnight', () => {
    const justAfter = new Date(2026, 10, 27, 0, 0, 10).getTime();
    expect(new Date(nextLocalMidnight(justAfter)).getDate()).toBe(28);
  });
});

describe('keepBadgeForNewDay', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets an alarm for midnight and, when it fires, refreshes the badge and sets the next one', async () => {
    const show = vi.fn(async () => {});
    keepBadgeForNewDay(show);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(NEW_DAY_ALARM)).toBeDefined());
    const alarm = (await fakeBrowser.alarms.get(NEW_DAY_ALARM))!;
    expect(alarm.scheduledTime).toBe(nextLocalMidnight(Date.now()));
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await vi.waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ overLimit: false })));
    expect(await fakeBrowser.alarms.get(NEW_DAY_ALARM)).toBeDefined();
  });
});
