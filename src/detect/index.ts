import { originalRange, prepareDraft, type Draft } from './draft';
import { readFrame } from './frame';
import { resolveOverlaps } from './overlaps';
import type { Candidate } from './recognizer';
import { customPatternFindings, customTermFindings } from './recognizers/custom';
import { RECOGNIZERS } from './registry';
import { combineRisk } from './score';
import type { Analysis, AnalyzeOptions, Finding } from './types';

export * from './types';
export { checkUserPattern } from './user-pattern';

/** Analyse one draft. Pure and synchronous: the same text and options always give the same result. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const input = typeof text === 'string' ? text : '';
  if (input.trim() === '') return { risk: 'none', findings: [] };
  const draft = prepareDraft(input);
  const frame = readFrame(draft);

  const token: Candidate[] = [];
  for (const recognizer of RECOGNIZERS) if (recognizer.phase === 'token') token.push(...recognizer.find(draft, frame, []));
  token.push(...customTermFindings(draft, options.customTerms ?? []), ...customPatternFindings(draft, options.customPatterns ?? []));
  const allowed = withoutAllowed(draft, resolveOverlaps(token), options.allowlist ?? []);
  const discourse: Candidate[] = [];
  for (const recognizer of RECOGNIZERS) if (recognizer.phase === 'discourse') discourse.push(...recognizer.find(draft, frame, allowed));

  const candidates = withoutDismissed(draft, [...allowed, ...discourse], options.dismissed ?? []);
  const findings: Finding[] = candidates
    .map(({ discounted: _discounted, ...c }) => ({ ...c, ...originalRange(draft, c) }))
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { risk: combineRisk(candidates, frame, options.sensitivity ?? 'balanced'), findings };
}

/** Drops the findings the author dismissed for this draft. */
function withoutDismissed(draft: Draft, candidates: Candidate[], dismissed: NonNullable<AnalyzeOptions['dismissed']>): Candidate[] {
  if (dismissed.length === 0) return candidates;
  const keys = new Set(dismissed.map((d) => `${d.category}:${d.text.trim().toLowerCase()}`));
  return candidates.filter((c) => {
    const { start, end } = originalRange(draft, c);
    return !keys.has(`${c.category}:${draft.original.slice(start, end).trim().toLowerCase()}`);
  });
}

/** Drops findings whose text is, or lies inside, a term the user allowed. */
function withoutAllowed(draft: Draft, candidates: Candidate[], allowlist: readonly string[]): Candidate[] {
  const terms = allowlist.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0);
  if (terms.length === 0) return candidates;
  const allowedRanges: Array<{ start: number; end: number }> = [];
  for (const term of terms) {
    for (let at = draft.lower.indexOf(term); at !== -1; at = draft.lower.indexOf(term, at + term.length)) allowedRanges.push({ start: at, end: at + term.length });
  }
  return candidates.filter((c) => {
    const value = draft.lower.slice(c.start, c.end).replace(/^@/, '');
    if (terms.includes(value)) return false;
    return !allowedRanges.some((r) => r.start <= c.start && c.end <= r.end);
  });
}
