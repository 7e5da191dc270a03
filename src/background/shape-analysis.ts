import { refinementsFor } from '../advice/refine';
import { CATEGORIES, type Analysis, type Category, type Finding, type Risk, type Severity } from '../detect/types';
import { findingKey } from '../messaging/compose';
import type { AnalyzeRequest } from '../messaging/messages';
import type { KeptAnalysis, KeptFinding } from '../messaging/popup';
import { maskExcerpt } from './mask-excerpt';

/**
 * Turns the engine's analysis of a draft into what the background answers and keeps: dismissed
 * findings dropped, attachments added, and every finding carrying a masked excerpt instead of text.
 */

/** An attachment cannot be read, so it always asks for a look (DESIGN.md: medium warns). */
const MEDIA_SEVERITY: Severity = 'medium';
const MEDIA_REASON = 'A photo or video can show a face, wristband, screen or label that identifies a patient.';
const RANK: Record<Risk, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** The higher of two risks. */
export function maxRisk(a: Risk, b: Risk): Risk {
  return RANK[a] >= RANK[b] ? a : b;
}

/** A finding with offsets clamped to the text, so a faulty span never throws or reads past the end. */
function clamp(finding: Finding, length: number): Finding {
  const start = Math.min(Math.max(0, finding.start), length);
  return { ...finding, start, end: Math.min(Math.max(start, finding.end), length) };
}

/** The kept form of one text finding: masked excerpt, and the raw term scrubbed from its reason too. */
function keep(text: string, finding: Finding, all: readonly Finding[]): KeptFinding {
  const covered = text.slice(finding.start, finding.end);
  const excerpt = maskExcerpt(covered);
  const trimmed = covered.trim();
  const reason = trimmed.length > 1 ? finding.reason.split(trimmed).join(excerpt) : finding.reason;
  return {
    category: finding.category,
    start: finding.start,
    end: finding.end,
    severity: finding.severity,
    recognizer: finding.recognizer.slice(0, 200),
    reason: reason.slice(0, 1000),
    excerpt,
    refinements: refinementsFor(text, finding, all),
  };
}

/** One finding per attachment the content script saw. */
function mediaFindings(count: number): KeptFinding[] {
  return Array.from({ length: count }, (_, index) => ({
    category: 'media' as const,
    start: 0,
    end: 0,
    severity: MEDIA_SEVERITY,
    recognizer: 'media/attachment',
    reason: MEDIA_REASON,
    excerpt: count > 1 ? `Attachment ${index + 1}` : 'Attachment',
    refinements: [],
  }));
}

/** The dismissal keys of a request ("name:jaylen") as the engine's dismissed findings. */
export function dismissedFindings(keys: readonly string[]): Array<{ category: Category; text: string }> {
  return keys.flatMap((key) => {
    const at = key.indexOf(':');
    const category = key.slice(0, at) as Category;
    return at > 0 && (CATEGORIES as readonly string[]).includes(category) ? [{ category, text: key.slice(at + 1) }] : [];
  });
}

/**
 * The analysis to answer and keep. The engine already dropped dismissed text findings and judged the
 * risk of the rest (a dismissal never lowers another finding); attachments raise it to their own severity.
 */
export function shapeAnalysis(request: Pick<AnalyzeRequest, 'text' | 'media' | 'dismissed'>, engine: Analysis): KeptAnalysis {
  const { text } = request;
  const dismissed = new Set(request.dismissed);
  const clamped = engine.findings.map((finding) => clamp(finding, text.length));
  const textKept = clamped.filter((f) => !dismissed.has(findingKey(f.category, text.slice(f.start, f.end))));
  const media = dismissed.has(findingKey('media', '')) ? [] : mediaFindings(request.media);
  const textRisk: Risk = textKept.length === 0 ? 'none' : engine.risk;
  const risk = media.length > 0 ? maxRisk(textRisk, MEDIA_SEVERITY) : textRisk;
  return { risk, findings: [...textKept.map((f) => keep(text, f, clamped)), ...media] };
}
