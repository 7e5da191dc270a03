import { z } from 'zod';

/** Every user setting, with its default. Owner: settings (issue 5). Fields may be added, not renamed. */
export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  sites: z.object({ linkedin: z.boolean().default(true), x: z.boolean().default(true) }).default({ linkedin: true, x: true }),
  sensitivity: z.enum(['strict', 'balanced', 'relaxed']).default('balanced'),
  /** The user's hospital, unit and ward names: always flagged as `location`. */
  customTerms: z.array(z.string().min(1).max(200)).max(500).default([]),
  /** Regular-expression sources for the user's own identifier formats (MRN). */
  customPatterns: z.array(z.string().min(1).max(500)).max(50).default([]),
  /** Terms never flagged. */
  allowlist: z.array(z.string().min(1).max(200)).max(2000).default([]),
  /** Minutes per day on LinkedIn and X together before a gentle nudge; 0 turns it off. */
  dailyLimitMinutes: z.number().int().min(0).max(24 * 60).default(60),
  /** Warnings paused on a site until this time (epoch ms); 0 when not paused. */
  pausedUntil: z.object({ linkedin: z.number().default(0), x: z.number().default(0) }).default({ linkedin: 0, x: 0 }),
  /** Leads the advice with this region's regulators and professional bodies. */
  region: z.enum(['us', 'uk', 'ca', 'au', 'other']).default('us'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type WatchedSite = keyof Settings['sites'];

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Sensitivity levels from the least to the most cautious. */
export const SENSITIVITY_ORDER: readonly Settings['sensitivity'][] = ['relaxed', 'balanced', 'strict'];

/** The more cautious of two sensitivity levels. */
export function stricterOf(a: Settings['sensitivity'], b: Settings['sensitivity']): Settings['sensitivity'] {
  return SENSITIVITY_ORDER.indexOf(a) >= SENSITIVITY_ORDER.indexOf(b) ? a : b;
}
