import type { Draft, Range } from './draft';
import type { Frame } from './frame';
import type { Category, Severity } from './types';

/** A finding before it is mapped back to the original text: offsets are in the folded text. */
export interface Candidate extends Range {
  category: Category;
  severity: Severity;
  /** `<family>/<pattern>`, shown to the user as the explanation's source. */
  recognizer: string;
  reason: string;
  /** Judged not to be about a patient (a colleague, a public figure): shown, but never adds up. */
  discounted?: boolean;
}

/**
 * One recognizer family (STYLE.md, after Presidio): patterns, context words and validation in one
 * file, with examples that double as its documentation and its tests.
 */
export interface Recognizer {
  id: string;
  /**
   * Recognizers of the `discourse` phase see the `token` phase's candidates (a patient story is
   * judged from the identifiers, dates and places it holds).
   */
  phase: 'token' | 'discourse';
  find(draft: Draft, frame: Frame, earlier: readonly Candidate[]): Candidate[];
  /** Drafts this family must flag (with the text it should flag), and near misses it must not. */
  examples: { hits: ReadonlyArray<{ text: string; flagged: string }>; misses: readonly string[] };
}

/** Builds a candidate; `reason` is one plain sentence for the user. */
export function candidate(range: Range, category: Category, severity: Severity, recognizer: string, reason: string): Candidate {
  return { start: range.start, end: range.end, category, severity, recognizer, reason };
}
