import type { UsageSite } from '../messaging/usage';

/** Today's use against the daily limit: what the badge, the popup and the inline indicator show. */
export interface DailyStatus {
  /** Whole minutes today per site. */
  minutes: Record<UsageSite, number>;
  /** Whole minutes today on both sites together. */
  totalMinutes: number;
  /** The daily limit in minutes; 0 when the user turned it off. */
  limitMinutes: number;
  /** True once today's total reached the limit: time for a gentle nudge, never a block. */
  overLimit: boolean;
}

/**
 * The status for one day's totals in milliseconds. Free of zod and storage, so the background
 * (daily-status.ts) and the content scripts (today-status.ts) share it.
 */
export function statusOfDay(ms: Record<UsageSite, number>, limitMinutes: number): DailyStatus {
  const minutes = { linkedin: Math.floor(ms.linkedin / 60_000), x: Math.floor(ms.x / 60_000) };
  const totalMinutes = Math.floor((ms.linkedin + ms.x) / 60_000);
  return { minutes, totalMinutes, limitMinutes, overLimit: limitMinutes > 0 && totalMinutes >= limitMinutes };
}
