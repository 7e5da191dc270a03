import type { z } from 'zod';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './schema';

export interface RepairedSettings {
  settings: Settings;
  /** Fields whose stored value was invalid (reset to the default, or list items dropped). */
  invalidFields: Array<keyof Settings>;
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
      const kept = field.safeParse(items);
      if (kept.success) settings[key] = kept.data;
    }
  }
  if (source !== raw) return { settings: settings as Settings, invalidFields: Object.keys(shape) as Array<keyof Settings> };
  return { settings: settings as Settings, invalidFields };
}
