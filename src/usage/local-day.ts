/**
 * Days are the user's local calendar days. Local midnight is found with the Date constructor, which
 * follows the time zone's rules: a day may last 23 or 25 hours, and where a DST change skips
 * midnight the day starts at the first local time that exists.
 */

export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function dayKeyOf(ms: number): DayKey {
  const date = new Date(ms);
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** True when the text is a real calendar day written as YYYY-MM-DD. */
export function isDayKey(text: string): boolean {
  const match = DAY_KEY.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(y, m - 1, d, 12);
  return probe.getFullYear() === y && probe.getMonth() === m - 1 && probe.getDate() === d;
}

/** The day `offset` calendar days after (or before, when negative) the given day. */
export function shiftDay(day: DayKey, offset: number): DayKey {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // Noon keeps the arithmetic clear of DST jumps, which happen at night.
  const date = new Date(y, m - 1, d + offset, 12);
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The instant the local day after the one containing `ms` begins. */
export function nextLocalMidnight(ms: number): number {
  const date = new Date(ms);
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  // Defensive: a time zone database quirk must never stall or reverse the split.
  return next > ms ? next : ms + 3_600_000;
}

/** Cuts [start, end) at each local midnight: the milliseconds that belong to each day. */
export function splitByLocalDay(start: number, end: number): Array<{ day: DayKey; ms: number }> {
  const parts: Array<{ day: DayKey; ms: number }> = [];
  let cursor = start;
  while (cursor < end) {
    const cut = Math.min(end, nextLocalMidnight(cursor));
    parts.push({ day: dayKeyOf(cursor), ms: cut - cursor });
    cursor = cut;
  }
  return parts;
}

function formatDay(year: number, month: number, day: number): DayKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
