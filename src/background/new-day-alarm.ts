import { browser } from 'wxt/browser';
import { readDailyStatus, type DailyStatus } from '../usage/daily-status';

/**
 * The daily-limit badge must clear at local midnight even while the service worker sleeps (its
 * timers stop with it), so an alarm, the one thing that wakes it on time, is set for just after
 * each midnight. This is what the `alarms` permission is for.
 */
export const NEW_DAY_ALARM = 'second-look:new-day';

/** A few seconds after the next local midnight, so the new day's key is certain. */
export function nextLocalMidnight(now: number): number {
  const next = new Date(now);
  next.setHours(24, 0, 5, 0);
  return next.getTime();
}

/** Sets the alarm for the coming midnight and refreshes the badge whenever it fires. */
export function keepBadgeForNewDay(show: (status: DailyStatus) => Promise<void>): void {
  const schedule = () => void browser.alarms.create(NEW_DAY_ALARM, { when: nextLocalMidnight(Date.now()) });
  browser.alarms.onAlarm.addListener((alarm: { name: string }) => {
    if (alarm.name !== NEW_DAY_ALARM) return;
    schedule();
    void readDailyStatus().then(show, () => undefined);
  });
  schedule();
}
