import { z } from 'zod';
import { USAGE_SITES } from '../messaging/usage';
import { isDayKey, type DayKey } from './local-day';

/**
 * The stored usage history: milliseconds of active time per local day and site, nothing else (no
 * URL, no text). Stored data outlives the code that wrote it, so it is versioned, upgraded by
 * explicit migrations, and read entry by entry: one corrupt day is dropped, never the whole history.
 */

export const HISTORY_VERSION = 1;
/** Days kept, today included. */
export const HISTORY_DAYS = 90;
const DAY_MS = 86_400_000 + 3_600_000; // a 25-hour day exists once a year

const siteTotalsSchema = z.object(
  Object.fromEntries(USAGE_SITES.map((site) => [site, z.number().int().min(0).max(DAY_MS).optional()])) as Record<
    (typeof USAGE_SITES)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);

export type SiteTotals = z.infer<typeof siteTotalsSchema>;

export interface UsageHistory {
  version: typeof HISTORY_VERSION;
  /** Time already counted up to here (epoch ms): a slice delivered twice is counted once. */
  countedUntil: number;
  days: Record<DayKey, SiteTotals>;
}

export const EMPTY_HISTORY: UsageHistory = { version: HISTORY_VERSION, countedUntil: 0, days: {} };

/** Upgrades from version n to n + 1. None yet: version 1 is the first stored shape. */
export const HISTORY_MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {};

export interface ParsedHistory {
  history: UsageHistory;
  /** What was dropped or why the stored value could not be used; empty when all was fine. */
  problems: string[];
}

/** Reads a stored value into a valid history, upgrading old versions and dropping only what is corrupt. */
export function parseHistory(
  raw: unknown,
  migrations: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = HISTORY_MIGRATIONS,
): ParsedHistory {
  if (raw === undefined || raw === null) return { history: structuredClone(EMPTY_HISTORY), problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { history: structuredClone(EMPTY_HISTORY), problems: ['history is not an object'] };
  let value = raw as Record<string, unknown>;
  let version = typeof value.version === 'number' ? value.version : 0;
  if (version > HISTORY_VERSION) return { history: structuredClone(EMPTY_HISTORY), problems: [`history version ${version} is newer than this build`] };
  while (version < HISTORY_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return { history: structuredClone(EMPTY_HISTORY), problems: [`no migration from history version ${version}`] };
    value = migrate(value);
    version += 1;
  }
  const problems: string[] = [];
  const countedUntil = z.number().finite().min(0).safeParse(value.countedUntil);
  if (!countedUntil.success) problems.push('countedUntil was invalid');
  const days: Record<DayKey, SiteTotals> = {};
  const rawDays = value.days;
  if (typeof rawDays === 'object' && rawDays !== null && !Array.isArray(rawDays)) {
    for (const [day, totals] of Object.entries(rawDays)) {
      const parsed = siteTotalsSchema.safeParse(totals);
      if (isDayKey(day) && parsed.success) days[day] = parsed.data;
      else problems.push(`dropped corrupt entry for ${isDayKey(day) ? day : 'an invalid day'}`);
    }
  } else {
    problems.push('days were missing');
  }
  return { history: { version: HISTORY_VERSION, countedUntil: countedUntil.success ? countedUntil.data : 0, days }, problems };
}
