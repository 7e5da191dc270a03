import type { z } from 'zod';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';

export interface RepairedSettings {
  settings: Settings;
  /** Fields whose stored value was invalid (reset to the default, or list items dropped). */
  invalidFields: Array<keyof Settings>;
}

/**
 * How many of the valid items, from the first, the field accepts: a list over its limit keeps its
 * first terms instead of losing them all. Items are each valid, so only the length can fail.
 */
function longestValidPrefix(field: z.ZodType, items: unknown[]): number {
  if (field.safeParse(items).success) return items.length;
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (field.safeParse(items.slice(0, mid)).success) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Reads stored settings field by field: a valid field is kept even when another is broken, and a
 * list keeps its valid items. Nothing here throws; the caller keeps the raw value for recovery.
 */
export function repairSettings(raw: unknown): RepairedSettings {
  if (raw === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), invalidFields: [] };
  const source = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const shape = settingsSchema.shape as Record<keyof Settings, z.ZodType>;
  const settings = structuredClone(DEFAULT_SETTINGS) as Record<keyof Settings, unknown>;
  const invalidFields: Array<keyof Settings> = [];
  for (const key of Object.keys(shape) as Array<keyof Settings>) {
    const field = shape[key];
    const parsed = field.safeParse(source[key]);
    if (parsed.success) {
      settings[key] = parsed.data;
      continue;
    }
    invalidFields.push(key);
    const value = source[key];
    if (Array.isArray(value)) {
      const items = value.filter((item) => field.safeParse([item]).success);
      const kept = field.safeParse(items.slice(0, longestValidPrefix(field, items)));
      if (kept.success) settings[key] = kept.data;
    }
  }
  if (source !== raw) return { settings: settings as Settings, invalidFields: Object.keys(shape) as Array<keyof Settings> };
  return { settings: settings as Settings, invalidFields };
}
