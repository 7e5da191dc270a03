import type { Draft } from '../draft';
import { candidate, type Candidate } from '../recognizer';
import { checkUserPattern, matchUserPattern } from '../user-pattern';

/**
 * The user's own vocabulary: their hospital, unit and ward names (always `location`) and their own
 * identifier formats (an MRN pattern, always `identifier`). Patterns are checked first; one that is
 * invalid or unsafe is skipped here, and the settings page tells the user why.
 */

const MAX_TERMS = 500;

/** Finds the user's own terms, matched case-insensitively on word boundaries. */
export function customTermFindings(draft: Draft, terms: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const term of terms.slice(0, MAX_TERMS)) {
    const needle = term.trim().toLowerCase();
    if (needle.length < 2) continue;
    for (let at = draft.lower.indexOf(needle); at !== -1; at = draft.lower.indexOf(needle, at + needle.length)) {
      const beforeOk = at === 0 || !/[\p{L}\p{N}]/u.test(draft.lower[at - 1]!);
      const afterOk = at + needle.length >= draft.lower.length || !/[\p{L}\p{N}]/u.test(draft.lower[at + needle.length]!);
      if (beforeOk && afterOk) {
        out.push(candidate({ start: at, end: at + needle.length }, 'location', 'medium', 'location/your-terms', 'You listed this as one of your own workplace names; it can place a patient.'));
      }
    }
  }
  return out;
}

/** Finds matches of the user's own identifier patterns. */
export function customPatternFindings(draft: Draft, patterns: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const source of patterns.slice(0, 50)) {
    const checked = checkUserPattern(source);
    if (!checked.ok) continue;
    for (const range of matchUserPattern(checked.regex, draft.text)) {
      out.push(candidate(range, 'identifier', 'high', 'identifier/your-pattern', 'This matches one of your own identifier formats (such as your MRN format).'));
    }
  }
  return out;
}
