import { analyze, warns, type AnalyzeOptions, type Analysis } from '../detect';
import type { CorpusRecord } from './corpus';

/** Figures from one evaluation run; see `npm run eval`. */
export interface Evaluation {
  posts: number;
  recall: number;
  falsePositiveRate: number;
  spanRecall: number;
  spanRecallByCategory: Record<string, { found: number; total: number }>;
  findingPrecision: number;
  missed: string[];
  falseAlarms: string[];
  missedSpans: Array<{ id: string; category: string; text: string }>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Runs the engine over labelled drafts and measures it against the labels. */
export function evaluate(records: readonly CorpusRecord[], options: AnalyzeOptions = {}): Evaluation {
  let warnTotal = 0;
  let warnHit = 0;
  let cleanTotal = 0;
  let cleanFlagged = 0;
  let spanTotal = 0;
  let spanFound = 0;
  let findingsTotal = 0;
  let findingsMatching = 0;
  const byCategory: Record<string, { found: number; total: number }> = {};
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  const missedSpans: Evaluation['missedSpans'] = [];

  for (const record of records) {
    const result: Analysis = analyze(record.text, options);
    const flagged = warns(result.risk);
    if (record.warn) {
      warnTotal++;
      if (flagged) warnHit++;
      else missed.push(record.id);
    } else {
      cleanTotal++;
      if (flagged) {
        cleanFlagged++;
        falseAlarms.push(record.id);
      }
    }
    for (const span of record.spans) {
      const entry = (byCategory[span.category] ??= { found: 0, total: 0 });
      entry.total++;
      spanTotal++;
      if (result.findings.some((f) => f.category === span.category && overlaps(f, span))) {
        entry.found++;
        spanFound++;
      } else missedSpans.push({ id: record.id, category: span.category, text: record.text.slice(span.start, span.end) });
    }
    // Findings with spans (not the whole-post story) count towards precision.
    for (const finding of result.findings.filter((f) => f.category !== 'patient_story')) {
      findingsTotal++;
      if (record.spans.some((s) => s.category === finding.category && overlaps(finding, s))) findingsMatching++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    posts: records.length,
    recall: ratio(warnHit, warnTotal),
    falsePositiveRate: cleanTotal === 0 ? 0 : cleanFlagged / cleanTotal,
    spanRecall: ratio(spanFound, spanTotal),
    spanRecallByCategory: byCategory,
    findingPrecision: ratio(findingsMatching, findingsTotal),
    missed,
    falseAlarms,
    missedSpans,
  };
}
