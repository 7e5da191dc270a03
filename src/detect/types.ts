/** Public types of the engine; the contract is in DESIGN.md "Engine API". */

export const TEXT_CATEGORIES = [
  'name',
  'date',
  'age',
  'location',
  'contact',
  'identifier',
  'patient_story',
  'professionalism',
  'medical_advice',
] as const;

/** `media` is found by the content script (an attachment), never by the text engine. */
export const CATEGORIES = [...TEXT_CATEGORIES, 'media'] as const;

export type TextCategory = (typeof TEXT_CATEGORIES)[number];
export type Category = (typeof CATEGORIES)[number];

export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type Risk = (typeof RISK_LEVELS)[number];
export type Severity = Exclude<Risk, 'none'>;

export type Sensitivity = 'strict' | 'balanced' | 'relaxed';

export interface Finding {
  category: Category;
  /** UTF-16 offsets into the text exactly as given to `analyze`. */
  start: number;
  end: number;
  severity: Severity;
  /** Which recognizer (and pattern) produced it, e.g. `identifier/nhs-number`. */
  recognizer: string;
  /** One sentence for the user: why this matters. */
  reason: string;
}

export interface Analysis {
  risk: Risk;
  findings: Finding[];
}

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
  /** The user's own terms (hospital, unit, ward names): always flagged as `location`. */
  customTerms?: readonly string[];
  /** The user's own identifier formats, as regular-expression sources (validated first). */
  customPatterns?: readonly string[];
  /** Terms never flagged (a colleague's name, the author's own clinic). */
  allowlist?: readonly string[];
  /**
   * Findings the author dismissed for this draft ("not a patient"), by category and text. They are
   * dropped after every other finding has been judged, so a dismissal never lowers another finding.
   */
  dismissed?: ReadonlyArray<{ category: Category; text: string }>;
}

/** A risk is worth interrupting the author for at these levels. */
export function warns(risk: Risk): boolean {
  return risk === 'medium' || risk === 'high';
}
