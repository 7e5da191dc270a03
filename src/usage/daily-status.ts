import { loadSettings, watchSettings } from '../settings/store';
import type { UsageHistory } from './history';
import { loadHistory, watchHistory } from './history-store';
import { dayKeyOf } from './local-day';
import { statusOfDay, type DailyStatus } from './day-status';
import { usageForDay } from './ledger';

export type { DailyStatus };

/** Today's status from a history and a limit (pure). */
export function dailyStatus(history: UsageHistory, limitMinutes: number, now: number): DailyStatus {
  return statusOfDay(usageForDay(history, dayKeyOf(now)), limitMinutes);
}

/** True once today's time on LinkedIn and X together reached the limit (false when the limit is off). */
export function isOverDailyLimit(history: UsageHistory, limitMinutes: number, now: number): boolean {
  return dailyStatus(history, limitMinutes, now).overLimit;
}

/** Today's status from storage (works in the background, the popup and content scripts). */
export async function readDailyStatus(now = Date.now()): Promise<DailyStatus> {
  const [history, loaded] = await Promise.all([loadHistory(), loadSettings()]);
  return dailyStatus(history, loaded.settings.dailyLimitMinutes, now);
}

/**
 * Calls back with today's status now and whenever the history, the limit or the day changes;
 * returns an unsubscribe function. Cheap: it reacts to storage changes, plus one check a minute
 * so a new day resets the nudge.
 */
export function watchDailyStatus(callback: (status: DailyStatus) => void): () => void {
  let last = '';
  let stopped = false;
  const refresh = async () => {
    const status = await readDailyStatus();
    const key = JSON.stringify(status);
    if (!stopped && key !== last) {
      last = key;
      callback(status);
    }
  };
  void refresh();
  const stopHistory = watchHistory(() => void refresh());
  const stopSettings = watchSettings(() => void refresh());
  const timer = setInterval(() => void refresh(), 60_000);
  return () => {
    stopped = true;
    stopHistory();
    stopSettings();
    clearInterval(timer);
  };
}
