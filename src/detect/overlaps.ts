import type { Candidate } from './recognizer';
import type { Category } from './types';

/**
 * When two recognizers claim the same characters, one explanation is shown: a validated identifier
 * beats a phone-shaped reading of the same digits, a date beats an age, and so on. Narrative
 * categories (story, professionalism, advice) never compete with the others.
 */
const PRIORITY: Partial<Record<Category, number>> = { identifier: 6, contact: 5, date: 4, age: 3, location: 2, name: 1 };
const RANK = { low: 0, medium: 1, high: 2 } as const;

/** Drops candidates that overlap a stronger one; keeps the rest in text order. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      (PRIORITY[b.category] ?? 0) - (PRIORITY[a.category] ?? 0) || RANK[b.severity] - RANK[a.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ordered) {
    const competes = PRIORITY[c.category] !== undefined;
    const clash = kept.some((k) => k.start < c.end && c.start < k.end && (k.category === c.category || (competes && PRIORITY[k.category] !== undefined)));
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
