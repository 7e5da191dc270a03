import type { Normalized } from './normalize';

/**
 * Digits hidden by spelling them out, by emoji between them or by look-alike letters inside them
 * become plain digits, keeping the map back to what was typed so the highlight covers it.
 */

const DIGIT_WORDS: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };
// Five or more digits spelt out ("nine one two four four…"): read as the number they spell.
const SPELT_DIGITS = /(?<![a-z])(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s-]+){4,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![a-z])/gi;
// Emoji or symbols between digits ("912🙂44🙂0087"), read as a separator.
// One class for the symbol and an optional joiner after it: an alternation of overlapping classes
// ("©" is both pictographic and a symbol) backtracks exponentially (recheck found it).
const SYMBOLS_BETWEEN_DIGITS = /(?<=\d) ?(?:[\p{Extended_Pictographic}\p{So}](?:\u200D|\uFE0F)?){1,8} ?(?=\d)/gu;
// O for 0 and l or I for 1 inside a run of digits ("0O4523l8").
const LETTER_IN_DIGITS = /(?<=\d)[OoIl](?=\d)/g;

/** Second pass: digits hidden by spelling, emoji or look-alike letters become plain digits. */
export function joinHiddenDigits(norm: Normalized): Normalized {
  let out = norm;
  out = rewrite(out, SPELT_DIGITS, (m) => m.split(/[\s-]+/).map((w) => DIGIT_WORDS[w.toLowerCase()] ?? '').join(''), true);
  out = rewrite(out, SYMBOLS_BETWEEN_DIGITS, () => '-', false);
  out = rewrite(out, LETTER_IN_DIGITS, (m) => (m === 'O' || m === 'o' ? '0' : '1'), false);
  return out;
}

/**
 * Replaces each match, keeping the map: with `perWord`, each character of the replacement maps to
 * the word it came from; otherwise the replacement maps to the whole match.
 */
function rewrite(norm: Normalized, pattern: RegExp, replace: (match: string) => string, perWord: boolean): Normalized {
  pattern.lastIndex = 0;
  if (!pattern.test(norm.text)) return norm;
  pattern.lastIndex = 0;
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = 0;
  const copy = (from: number, to: number) => {
    pieces.push(norm.text.slice(from, to));
    for (let i = from; i < to; i++) {
      starts.push(norm.starts[i]!);
      ends.push(norm.ends[i]!);
    }
  };
  for (const m of norm.text.matchAll(pattern)) {
    copy(last, m.index);
    const replacement = replace(m[0]);
    const words = perWord ? [...m[0].matchAll(/[a-z]+/gi)] : [];
    for (let k = 0; k < replacement.length; k++) {
      const word = words[k];
      const from = word ? m.index + word.index : m.index;
      const to = word ? from + word[0].length : m.index + m[0].length;
      starts.push(norm.starts[from]!);
      ends.push(norm.ends[to - 1]!);
    }
    pieces.push(replacement);
    last = m.index + m[0].length;
  }
  copy(last, norm.text.length);
  starts.push(norm.starts[norm.text.length]!);
  ends.push(norm.ends[norm.text.length]!);
  return { text: pieces.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
