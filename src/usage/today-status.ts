import { browser } from 'wxt/browser';
import type { UsageSite } from '../messaging/usage';
import { statusOfDay, type DailyStatus } from './day-status';
import { dayKeyOf } from './local-day';

/**
 * Today's use against the daily limit, for content scripts. daily-status.ts computes the same from
 * the zod-validated history and settings store, which would add about 90 KB to every content script
 * (issue 3: at most 50 KB); this reads today's entry with a structural check instead. A unit test
 * checks that both agree. The background stays the history's only writer.
 */

/** Same as HISTORY_KEY, HISTORY_VERSION (history-store.ts, history.ts) and USAGE_SITES (messaging/usage.ts); a unit test keeps them equal. */
export const HISTORY_KEY = 'usage:history';
export const HISTORY_VERSION = 1;
export const SITES: readonly UsageSite[] = ['linkedin', 'x'];
const DAY_MS = 86_400_000 + 3_600_000; // a 25-hour day exists once a year
const RECHECK_MS = 60_000; // a new day resets the nudge without any storage change

const isTotal = (value: unknown): boolean => value === undefined || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= DAY_MS);

/** Today's status from a stored history value (read structurally) and a limit; a corrupt day counts as nothing, as parseHistory drops it. */
export function todayStatus(rawHistory: unknown, limitMinutes: number, now: number): DailyStatus {
  const stored = rawHistory as { version?: unknown; days?: unknown } | null | undefined;
  const days = stored?.version === HISTORY_VERSION ? stored.days : undefined; // another version is not ours to read here
  const entry = typeof days === 'object' && days !== null ? (days as Record<string, unknown>)[dayKeyOf(now)] : undefined;
  const valid = typeof entry === 'object' && entry !== null && !Array.isArray(entry) && SITES.every((site) => isTotal((entry as Record<string, unknown>)[site]));
  const ms = (site: UsageSite): number => (valid ? (((entry as Record<string, unknown>)[site] as number | undefined) ?? 0) : 0);
  return statusOfDay({ linkedin: ms('linkedin'), x: ms('x') }, limitMinutes);
}

export interface TodayWatcher {
  /** Uses a new daily limit (the settings changed). */
  setLimit(limitMinutes: number): void;
  stop(): void;
}

/**
 * Calls back with today's status once it is known and whenever it changes: on history changes, on a
 * new limit, and once a minute (a new day). Tie stop() to the content script's context.
 */
export function watchTodayStatus(limitMinutes: number, callback: (status: DailyStatus) => void): TodayWatcher {
  let limit = limitMinutes;
  let history: unknown;
  let loaded = false;
  let last = '';
  let stopped = false;
  const emit = () => {
    if (stopped || !loaded) return;
    const status = todayStatus(history, limit, Date.now());
    const key = JSON.stringify(status);
    if (key === last) return;
    last = key;
    callback(status);
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(HISTORY_KEY in changes)) return;
    history = changes[HISTORY_KEY]?.newValue;
    loaded = true;
    emit();
  };
  browser.storage.onChanged.addListener(listener);
  browser.storage.local.get(HISTORY_KEY).then(
    (stored) => {
      if (!loaded) history = stored[HISTORY_KEY];
      loaded = true;
      emit();
    },
    () => undefined, // unreadable: no nudge, which is the quiet side
  );
  const timer = setInterval(emit, RECHECK_MS);
  return {
    setLimit(next) {
      limit = next;
      emit();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      browser.storage.onChanged.removeListener(listener);
    },
  };
}
