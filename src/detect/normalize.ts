import { joinHiddenDigits } from './hidden-digits';

/**
 * Normalisation before matching, with a map back to the original text.
 *
 * Identifiers are hidden (on purpose or by a phone keyboard) with full-width digits, zero-width or
 * bidi control characters and look-alike letters. We match on a folded copy and report offsets in
 * the text as typed, so the UI can point at the original characters.
 */

export interface Normalized {
  /** The folded text that recognizers match against. */
  text: string;
  /** Original UTF-16 offset where the source of each folded unit starts (length text.length + 1). */
  starts: Int32Array;
  /** Original UTF-16 offset where the source of each folded unit ends. */
  ends: Int32Array;
}

// Zero-width, bidi controls, soft hyphen, word joiners, BOM, variation selectors, tag characters.
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xe0000, 0xe0fff],
];

function isInvisible(code: number): boolean {
  return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

// Cyrillic and Greek letters that look like Latin ones; folded so "МRN" or "Ј.S." still match.
const LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ɡ: 'g',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  '‐': '-', '‑': '-', '‒': '-', '−': '-', '﹣': '-', '－': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u3000': ' ',
  '’': "'", '‘': "'", 'ʼ': "'", '＇': "'",
};

/** Folds one code point: compatibility form (full-width digits), look-alikes; '' for invisible ones. */
function foldCodePoint(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (isInvisible(code)) return '';
  const mapped = LOOKALIKES[ch];
  if (mapped !== undefined) return mapped;
  // ASCII needs no work, and lone surrogates must be copied through untouched.
  if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) return ch;
  const compat = ch.normalize('NFKC');
  return LOOKALIKES[compat] ?? compat;
}

/** Normalises text for matching, keeping a map from every folded unit back to the original. */
export function normalize(original: string): Normalized {
  return joinHiddenDigits(foldCharacters(original));
}


/** First pass: character by character, compatibility forms, look-alikes and invisible characters. */
function foldCharacters(original: string): Normalized {
  // Most drafts are plain ASCII: nothing to fold, so the map is the identity.
  if (isAscii(original)) return identity(original);
  const pieces: string[] = [];
  let starts = new Int32Array(original.length + 16);
  let ends = new Int32Array(original.length + 16);
  let length = 0;
  const reserve = (extra: number) => {
    if (length + extra < starts.length) return;
    const grownStarts = new Int32Array(Math.max(starts.length * 2, length + extra + 16));
    const grownEnds = new Int32Array(grownStarts.length);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  };
  let i = 0;
  while (i < original.length) {
    // Runs of ASCII are copied whole: folding only ever changes other characters.
    let run = i;
    while (run < original.length && original.charCodeAt(run) < 0x80) run++;
    if (run > i) {
      reserve(run - i);
      pieces.push(original.slice(i, run));
      for (let k = i; k < run; k++, length++) {
        starts[length] = k;
        ends[length] = k + 1;
      }
      i = run;
      continue;
    }
    const code = original.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length && isLowSurrogate(original.charCodeAt(i + 1)) ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + width));
    reserve(folded.length);
    for (let k = 0; k < folded.length; k++, length++) {
      starts[length] = i;
      ends[length] = i + width;
    }
    pieces.push(folded);
    i += width;
  }
  starts[length] = original.length;
  ends[length] = original.length;
  return { text: pieces.join(''), starts: starts.subarray(0, length + 1), ends: ends.subarray(0, length + 1) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.starts[Math.min(start, norm.text.length)] ?? 0;
    return { start: at, end: at };
  }
  return { start: norm.starts[start] ?? 0, end: norm.ends[end - 1] ?? 0 };
}

function identity(text: string): Normalized {
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  starts[text.length] = text.length;
  ends[text.length] = text.length;
  return { text, starts, ends };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
