import { normalize, toOriginal, type Normalized } from './normalize';

/** A half-open range [start, end) in the folded text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * One draft prepared for the recognizers: the folded text, its lower-case twin, sentence ranges,
 * and a map back to the original. Built once per analysis; recognizers only read it.
 */
export interface Draft {
  original: string;
  norm: Normalized;
  /** The folded text all recognizers match against. */
  text: string;
  lower: string;
  sentences: Range[];
}

// Abbreviations whose full stop does not end a sentence.
const NO_BREAK_BEFORE = /(?:\b(?:mr|mrs|ms|dr|prof|st|pt|pts|no|vs|etc|approx|dept|jr|sr|mt|ft|ave|rd|rm|yo|e\.g|i\.e|a\.m|p\.m)|\b[a-z])\.$/i;

/** Prepares a draft for analysis. */
export function prepareDraft(original: string): Draft {
  const norm = normalize(original);
  const text = norm.text;
  return { original, norm, text, lower: text.toLowerCase(), sentences: splitSentences(text) };
}

/** Splits on sentence punctuation and line breaks, keeping abbreviations and initials together. */
export function splitSentences(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  // Lookbehinds make a long run of "!!!!" or newlines one match attempt, not one per character.
  const boundary = /(?<![.!?])[.!?]+["')\]]*(?=\s)|(?<!\n)\n+/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && NO_BREAK_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    if (end > start) ranges.push({ start, end });
    start = end;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim() !== '');
}

/** The sentence holding a position (binary search over sentence ranges). */
export function sentenceAt(draft: Draft, index: number): Range {
  const list = draft.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = list[mid]!;
    if (index < range.start) hi = mid - 1;
    else if (index >= range.end) lo = mid + 1;
    else return range;
  }
  return { start: Math.max(0, index - 80), end: Math.min(draft.text.length, index + 80) };
}

/** Lower-case text of the window around a range, clipped to its sentence unless `crossSentences`. */
export function around(draft: Draft, range: Range, before: number, after: number, crossSentences = false): string {
  const sentence = crossSentences ? { start: 0, end: draft.text.length } : sentenceAt(draft, range.start);
  const from = Math.max(sentence.start, range.start - before);
  const to = Math.min(crossSentences ? draft.text.length : Math.max(sentence.end, range.end), range.end + after);
  return draft.lower.slice(from, to);
}

/** Lower-case text just before a range (same sentence). */
export function before(draft: Draft, range: Range, chars: number): string {
  const sentence = sentenceAt(draft, range.start);
  return draft.lower.slice(Math.max(sentence.start, range.start - chars), range.start);
}

/** Lower-case text just after a range (same sentence). */
export function after(draft: Draft, range: Range, chars: number): string {
  const sentence = sentenceAt(draft, Math.max(range.start, range.end - 1));
  return draft.lower.slice(range.end, Math.min(Math.max(sentence.end, range.end), range.end + chars));
}

/** The original-text offsets of a folded range. */
export function originalRange(draft: Draft, range: Range): Range {
  return toOriginal(draft.norm, range.start, range.end);
}

/** Every match of a global regular expression, as ranges of the folded text (group 1 when `group`). */
export function matchAll(pattern: RegExp, text: string, group = 0): Array<Range & { match: RegExpExecArray }> {
  const flags = new Set(`${pattern.flags}gd`);
  const re = new RegExp(pattern.source, [...flags].join(''));
  const out: Array<Range & { match: RegExpExecArray }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = m.indices?.[group];
    if (!span) continue;
    out.push({ start: span[0], end: span[1], match: m });
  }
  return out;
}
