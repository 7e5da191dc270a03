import { USAGE_SITES, type UsageSite } from '../messaging/usage';
import type { UsageHistory } from './history';
import { HISTORY_DAYS } from './history';
import { dayKeyOf, shiftDay, splitByLocalDay, type DayKey } from './local-day';

/** Counted-until further ahead than this is a clock that went back: trust the clock, not the mark. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Adds an interval of active time to the history, split at local midnight, counting no instant
 * twice (a retried message, two tabs racing). Returns the milliseconds actually added.
 */
export function addInterval(history: UsageHistory, site: UsageSite, start: number, end: number, now: number): number {
  if (history.countedUntil > now + CLOCK_SKEW_MS) history.countedUntil = Math.min(start, now);
  const from = Math.max(start, history.countedUntil);
  if (end <= from) return 0;
  for (const { day, ms } of splitByLocalDay(from, end)) {
    const totals = (history.days[day] ??= {});
    totals[site] = (totals[site] ?? 0) + ms;
  }
  history.countedUntil = end;
  return end - from;
}

/** Drops days older than the kept window ending today. */
export function pruneHistory(history: UsageHistory, now: number): void {
  const oldest = shiftDay(dayKeyOf(now), -(HISTORY_DAYS - 1));
  for (const day of Object.keys(history.days)) {
    if (day < oldest) delete history.days[day];
  }
}

/** Milliseconds per site on one day (zero when nothing was recorded). */
export function usageForDay(history: UsageHistory, day: DayKey): Record<UsageSite, number> {
  const totals = history.days[day] ?? {};
  return Object.fromEntries(USAGE_SITES.map((site) => [site, totals[site] ?? 0])) as Record<UsageSite, number>;
}

/** The last `count` days ending today, oldest first, with their totals. */
export function recentDays(history: UsageHistory, now: number, count: number): Array<{ day: DayKey; ms: Record<UsageSite, number> }> {
  const today = dayKeyOf(now);
  const days: Array<{ day: DayKey; ms: Record<UsageSite, number> }> = [];
  for (let offset = count - 1; offset >= 0; offset--) {
    const day = shiftDay(today, -offset);
    days.push({ day, ms: usageForDay(history, day) });
  }
  return days;
}

/** Whole minutes, as shown to the user and in the page contract (never rounded up). */
export function wholeMinutes(ms: number): number {
  return Math.floor(ms / 60_000);
}
