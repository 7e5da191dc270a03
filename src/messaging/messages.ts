import { z } from 'zod';
import { CATEGORIES, RISK_LEVELS } from '../detect/types';

/**
 * Every message between extension contexts, one schema per direction.
 * Anything that fails these schemas is answered with an error, never trusted.
 */

/** Drafts beyond this are cut before analysis; a 1 MB paste must not stall the worker. */
export const MAX_DRAFT_CHARS = 200_000;

const site = z.enum(['linkedin', 'x', 'other']);

export const findingSchema = z.object({
  category: z.enum(CATEGORIES),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  severity: z.enum(['low', 'medium', 'high']),
  recognizer: z.string().max(200),
  reason: z.string().max(1000),
  /** A masked excerpt for display ("M••• G•••••z"); never the raw identifier. */
  excerpt: z.string().max(200).optional(),
});

export const analysisSchema = z.object({
  risk: z.enum(RISK_LEVELS),
  findings: z.array(findingSchema).max(1000),
});

/** Content script -> background: analyse this draft of one editor. */
export const analyzeRequest = z.object({
  type: z.literal('sl:analyze'),
  /** Stable per editor within a tab, chosen by the content script. */
  editorId: z.string().min(1).max(100),
  site,
  /** Increases with each edit; lets the background and the page drop stale answers. */
  revision: z.number().int().nonnegative(),
  text: z.string().max(MAX_DRAFT_CHARS),
  /** Findings the content script found itself (attachments). */
  media: z.number().int().nonnegative().max(100).default(0),
  /** Finding keys the author dismissed for this draft ("not a patient"). */
  dismissed: z.array(z.string().max(300)).max(200).default([]),
});

/** Content script -> background: the draft was posted, emptied, or its box went away. */
export const clearRequest = z.object({
  type: z.literal('sl:clear'),
  editorId: z.string().min(1).max(100),
});

/** Popup -> background: the latest results for a tab. */
export const tabStateRequest = z.object({
  type: z.literal('sl:tab-state'),
  tabId: z.number().int().nonnegative(),
});

export const requestSchema = z.discriminatedUnion('type', [analyzeRequest, clearRequest, tabStateRequest]);

export type AnalyzeRequest = z.infer<typeof analyzeRequest>;
export type ClearRequest = z.infer<typeof clearRequest>;
export type TabStateRequest = z.infer<typeof tabStateRequest>;
export type Request = z.infer<typeof requestSchema>;
export type WireFinding = z.infer<typeof findingSchema>;
export type WireAnalysis = z.infer<typeof analysisSchema>;

export const analyzeResponse = z.object({
  ok: z.literal(true),
  editorId: z.string(),
  revision: z.number().int(),
  analysis: analysisSchema,
});

export const errorResponse = z.object({ ok: z.literal(false), error: z.string().max(500) });

export type AnalyzeResponse = z.infer<typeof analyzeResponse>;
export type ErrorResponse = z.infer<typeof errorResponse>;

/** A clear error message for the sender; the message itself is never echoed back. */
export function describeInvalid(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`)
    .join('; ');
}
