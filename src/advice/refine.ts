import type { Category } from '../detect/types';
import type { Refinement } from '../messaging/popup';

/**
 * Facts about a finding that make the advice specific, read from the draft where the text is known
 * (background, content script). Pure and free of browser APIs so both contexts can use it.
 */

/** How far around a name we look for a room or bed number, in characters. */
const NEAR = 40;
const ROOM = /\b(?:room|rm|bed|bay|cubicle|suite)\.?\s*#?\s*\d+[a-z]?\b/i;
const INITIALS = /^(?:\p{Lu}\.?\s*){1,3}$/u;
const REVIEW = /\b(?:review|reviews|yelp|rating|stars?)\b/i;

interface Span {
  category: Category;
  start: number;
  end: number;
}

/** The refinements that apply to one finding, given the draft and the draft's other findings. */
export function refinementsFor(text: string, finding: Span, others: readonly Span[] = []): Refinement[] {
  const covered = text.slice(finding.start, finding.end);
  const found: Refinement[] = [];
  if (finding.category === 'age' && ageOver89(covered)) found.push('age-90-plus');
  if (finding.category === 'name' && ROOM.test(text.slice(Math.max(0, finding.start - NEAR), finding.end + NEAR))) {
    found.push('name-with-room');
  }
  if (finding.category === 'location' && ROOM.test(covered) && others.some((o) => o.category === 'name' && near(o, finding))) {
    found.push('name-with-room');
  }
  if (finding.category === 'name' && INITIALS.test(covered.trim())) found.push('initials');
  if (finding.category === 'name' && REVIEW.test(text)) found.push('review-reply');
  return found;
}

/** True when two spans are within NEAR characters of each other. */
function near(a: Span, b: Span): boolean {
  return a.start <= b.end + NEAR && b.start <= a.end + NEAR;
}

/** True when the covered text states an age of 90 or more ("94-year-old", "aged 102"). */
function ageOver89(covered: string): boolean {
  const numbers = covered.match(/\d{2,3}/g) ?? [];
  return numbers.some((n) => {
    const value = Number(n);
    return value >= 90 && value < 130;
  });
}
