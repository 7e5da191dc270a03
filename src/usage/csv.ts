import { USAGE_SITES } from '../messaging/usage';
import type { UsageHistory } from './history';

/**
 * The usage history as CSV, one row per day, oldest first: date, then seconds and whole minutes
 * per site. Times only; nothing the user wrote is in the history.
 */
export function historyToCsv(history: UsageHistory): string {
  const header = ['date', ...USAGE_SITES.flatMap((site) => [`${site}_seconds`, `${site}_minutes`])];
  const rows = Object.keys(history.days)
    .sort()
    .map((day) => {
      const totals = history.days[day] ?? {};
      return [day, ...USAGE_SITES.flatMap((site) => [Math.round((totals[site] ?? 0) / 1000), Math.floor((totals[site] ?? 0) / 60_000)])];
    });
  return [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
