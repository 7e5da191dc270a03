import { refinementsFor } from '../advice/refine';
import { findingKey } from '../messaging/compose';
import type { WireAnalysis } from '../messaging/messages';
import type { Refinement } from '../messaging/popup';
import { maskExcerpt } from './mask';

export type Risk = WireAnalysis['risk'];

/** One finding as the page shows it: masked, keyed for dismissal, with its offsets in the analysed text. */
export interface ShownFinding {
  key: string;
  category: string;
  severity: 'low' | 'medium' | 'high';
  reason: string;
  excerpt: string;
  /** The flagged text itself, kept in memory only (for "Always allow" and jump-to). */
  term: string;
  start: number;
  end: number;
  /** Facts that make the advice specific (initials, a name beside a bed number), read from the draft here as the background does. */
  refinements: Refinement[];
}

/** What the indicator shows for one editor. */
export interface IndicatorState {
  status: 'idle' | 'checking' | 'ready' | 'off' | 'error';
  risk: Risk;
  findings: ShownFinding[];
}

export const QUIET: IndicatorState = { status: 'idle', risk: 'none', findings: [] };

/** Whether a risk interrupts the author (DESIGN.md: medium and high warn, low never blocks). */
export function warns(risk: Risk): boolean {
  return risk === 'medium' || risk === 'high';
}

/**
 * The background's analysis as shown for a draft, without the findings the author dismissed.
 * The risk stays the background's (site code never decides risk) unless nothing is left to show.
 */
export function showAnalysis(analysis: WireAnalysis, text: string, dismissed: ReadonlySet<string>): IndicatorState {
  const findings: ShownFinding[] = [];
  for (const f of analysis.findings) {
    const start = Math.min(f.start, text.length);
    const end = Math.min(Math.max(f.end, start), text.length);
    const term = text.slice(start, end);
    const key = findingKey(f.category, term || f.category);
    if (dismissed.has(key)) continue;
    findings.push({
      key,
      category: f.category,
      severity: f.severity,
      reason: f.reason,
      excerpt: f.excerpt ?? maskExcerpt(term),
      term,
      start,
      end,
      refinements: refinementsFor(text, f, analysis.findings),
    });
  }
  findings.sort((a, b) => a.start - b.start);
  const risk = findings.length === 0 ? 'none' : analysis.risk;
  return { status: 'ready', risk, findings };
}

/** The distinct categories of the findings, in order of first appearance (for data-second-look-categories). */
export function categoriesOf(findings: readonly ShownFinding[]): string[] {
  return [...new Set(findings.map((f) => f.category))];
}
