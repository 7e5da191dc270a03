import { z } from 'zod';
import { RISK_LEVELS } from '../detect/types';
import { findingSchema } from './messages';

/**
 * What the background keeps per editor and answers to the popup's `sl:tab-state`.
 * Findings carry masked excerpts only: the draft's text never reaches this shape. The dismissal key
 * is findingKey in ./compose.ts, shared with the content script.
 */

/** Facts about a finding that make the advice more specific (see src/advice/refine.ts). */
export const REFINEMENTS = ['age-90-plus', 'name-with-room', 'initials', 'review-reply'] as const;
export type Refinement = (typeof REFINEMENTS)[number];

export const keptFindingSchema = findingSchema.extend({
  refinements: z.array(z.enum(REFINEMENTS)).max(REFINEMENTS.length).default([]),
});

export const keptAnalysisSchema = z.object({
  risk: z.enum(RISK_LEVELS),
  findings: z.array(keptFindingSchema).max(1000),
});

export const editorStateSchema = z.object({
  editorId: z.string().min(1).max(100),
  site: z.enum(['linkedin', 'x', 'other']),
  revision: z.number().int().nonnegative(),
  /** Chrome's per-document id when known: a reloaded page starts its revisions afresh. */
  documentId: z.string().max(200).optional(),
  updatedAt: z.number(),
  analysis: keptAnalysisSchema,
});

/** Background -> popup: every editor with a result in the tab, and their overall risk. */
export const tabStateResponse = z.object({
  ok: z.literal(true),
  tabId: z.number().int(),
  risk: z.enum(RISK_LEVELS),
  editors: z.array(editorStateSchema).max(100),
});

export type KeptFinding = z.infer<typeof keptFindingSchema>;
export type KeptAnalysis = z.infer<typeof keptAnalysisSchema>;
export type EditorState = z.infer<typeof editorStateSchema>;
export type TabStateResponse = z.infer<typeof tabStateResponse>;
