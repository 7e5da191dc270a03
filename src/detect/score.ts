import type { Frame } from './frame';
import type { Candidate } from './recognizer';
import type { Category, Risk, Sensitivity } from './types';

/**
 * How findings add up to the post's risk. A direct identifier is enough on its own; quasi-
 * identifiers (a date, an age, a ward, a first name) identify by combination (HHS de-identification
 * guidance), so they raise the risk together, and only when the post is about one patient.
 */

const QUASI: readonly Category[] = ['date', 'age', 'location', 'name'];

/** Combines findings into the post's risk at the chosen sensitivity. */
export function combineRisk(findings: readonly Candidate[], frame: Frame, sensitivity: Sensitivity): Risk {
  if (findings.length === 0) return 'none';
  if (findings.some((f) => f.severity === 'high')) return 'high';
  const medium = new Set(findings.filter((f) => f.severity === 'medium').map((f) => f.category));
  const lowQuasi = new Set(findings.filter((f) => f.severity === 'low' && !f.discounted && QUASI.includes(f.category) && !medium.has(f.category)).map((f) => f.category));
  const patient = frame.individualPatient && !frame.hypothetical;
  // Without a recognised patient, several different details about someone still add up, unless the
  // post is a teaching case, the author's own story, an organisation's notice or statistics.
  const someone = !frame.hypothetical && !frame.selfOrFamily && !frame.organisational && !frame.aggregate;

  if (sensitivity === 'relaxed') {
    const strongMedium = [...medium].filter((c) => !QUASI.includes(c));
    if (medium.size >= 2 && strongMedium.length >= 1) return 'high';
    if (strongMedium.length >= 1 || medium.size >= 2) return 'medium';
    return 'low';
  }
  if (medium.size >= 2) return 'high';
  if (medium.size === 1 && patient && lowQuasi.size >= 2) return 'high';
  if (medium.size === 1) return 'medium';
  const needed = sensitivity === 'strict' ? 2 : 3;
  if ((patient || someone) && lowQuasi.size >= needed) return 'medium';
  return 'low';
}
