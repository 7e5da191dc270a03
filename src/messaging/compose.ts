import type { AnalyzeResponse, WireFinding } from './messages';

/**
 * Compose-only helpers for the messages in messages.ts. Content scripts import types only from
 * messages.ts: its zod schemas would add hundreds of kilobytes to every content script (issue 3:
 * at most 50 KB), and the background validates every request with them anyway.
 */

/** Same value as MAX_DRAFT_CHARS in messages.ts (a unit test keeps them equal). */
export const DRAFT_LIMIT = 200_000;

const RISKS = new Set(['none', 'low', 'medium', 'high']);

/** The key of a finding the author dismissed for this draft: its category and term, not its offsets, so it survives edits. */
export function findingKey(category: string, term: string): string {
  return `${category}:${term.trim().toLowerCase()}`.slice(0, 300);
}

function isFinding(value: unknown): value is WireFinding {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Record<string, unknown>;
  return (
    typeof f.category === 'string' &&
    Number.isInteger(f.start) &&
    Number.isInteger(f.end) &&
    (f.start as number) >= 0 &&
    (f.end as number) >= (f.start as number) &&
    typeof f.severity === 'string' &&
    typeof f.reason === 'string' &&
    (f.excerpt === undefined || typeof f.excerpt === 'string')
  );
}

/** Whether the background's answer has the shape of an analysis (a cheap check; the page never trusts more). */
export function isAnalyzeResponse(value: unknown): value is AnalyzeResponse {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const analysis = r.analysis as Record<string, unknown> | undefined;
  return (
    r.ok === true &&
    typeof r.editorId === 'string' &&
    Number.isInteger(r.revision) &&
    typeof analysis === 'object' &&
    analysis !== null &&
    RISKS.has(analysis.risk as string) &&
    Array.isArray(analysis.findings) &&
    analysis.findings.every(isFinding)
  );
}
