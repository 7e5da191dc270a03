import { z } from 'zod';

/**
 * Messages of active-time tracking. Every type starts with `sl:usage` so the usage listener can
 * answer its own messages and leave the others to the listeners that own them.
 */

export const USAGE_SITES = ['linkedin', 'x'] as const;
export type UsageSite = (typeof USAGE_SITES)[number];

/** A slice longer than this was not measured by a live page: rejected. */
export const MAX_SLICE_MS = 60_000;

/** Content script -> background: the page was visible, focused and in use from `start` to `end` (epoch ms). */
export const usageSliceMessage = z
  .object({
    type: z.literal('sl:usage:slice'),
    site: z.enum(USAGE_SITES),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((slice) => slice.end > slice.start && slice.end - slice.start <= MAX_SLICE_MS, {
    message: `a slice must end after it starts and last at most ${MAX_SLICE_MS} ms`,
  });

/** Any context -> background: today's totals and whether the daily limit is passed. */
export const usageStatusRequest = z.object({ type: z.literal('sl:usage:status') });

export const usageRequestSchema = z.union([usageSliceMessage, usageStatusRequest]);

export type UsageSliceMessage = z.infer<typeof usageSliceMessage>;
export type UsageRequest = z.infer<typeof usageRequestSchema>;

/** The background's answer to a slice: how many milliseconds it counted. */
export interface UsageSliceResponse {
  ok: true;
  countedMs: number;
}

/** True for the messages this module owns. */
export function isUsageMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('sl:usage')
  );
}
