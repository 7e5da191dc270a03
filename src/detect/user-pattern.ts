import safeRegex from 'safe-regex2';

/**
 * The user's own identifier formats (an MRN pattern) arrive as regular-expression text. A pattern
 * that can backtrack catastrophically would freeze the worker on every keystroke, so we accept
 * only a conservative subset: no nested quantifiers (safe-regex2's star height), no quantified
 * group that holds an alternation or another quantifier, no back-references, nothing that matches
 * empty text. Matching is further bounded by running on one line of at most MAX_USER_PATTERN_INPUT
 * characters at a time.
 */

export const MAX_USER_PATTERN_LENGTH = 200;
export const MAX_USER_PATTERN_INPUT = 2_000;
const CHUNK_OVERLAP = 200;

export type UserPatternCheck = { ok: true; regex: RegExp } | { ok: false; error: string };

/** Validates a user-supplied pattern; the error says what to change. */
export function checkUserPattern(source: string): UserPatternCheck {
  if (typeof source !== 'string' || source.trim() === '') return { ok: false, error: 'The pattern is empty.' };
  if (source.length > MAX_USER_PATTERN_LENGTH) {
    return { ok: false, error: `The pattern is longer than ${MAX_USER_PATTERN_LENGTH} characters.` };
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'g');
  } catch (error) {
    return { ok: false, error: `Not a valid regular expression: ${(error as Error).message}` };
  }
  if (/\\[1-9]|\\k</.test(source)) return { ok: false, error: 'Back-references (\\1, \\k<name>) are not supported.' };
  if (hasRiskyQuantifiedGroup(source) || !safeRegex(source)) {
    return {
      ok: false,
      error: 'The pattern repeats a group that itself repeats or has alternatives, which can freeze the browser. Write the repetition once, e.g. [A-Z]{2}\\d{6}.',
    };
  }
  if (new RegExp(source).test('')) return { ok: false, error: 'The pattern matches empty text, so it would flag everything.' };
  return { ok: true, regex };
}

/** True when a quantifier follows a group containing `|` or a quantifier of its own. */
function hasRiskyQuantifiedGroup(source: string): boolean {
  const stack: { risky: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push({ risky: false });
    else if (ch === '|' && stack.length > 0) stack[stack.length - 1]!.risky = true;
    else if ((ch === '*' || ch === '+' || ch === '{' || ch === '?') && stack.length > 0 && source[i - 1] !== '(') {
      if (ch !== '?') stack[stack.length - 1]!.risky = true;
    } else if (ch === ')') {
      const group = stack.pop();
      const next = source[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)) && !/^\{(\d+)\}/.test(source.slice(i + 1)));
      if (group?.risky && repeated) return true;
      if (group?.risky && stack.length > 0) stack[stack.length - 1]!.risky = true;
    }
  }
  return false;
}

/** Runs a checked user pattern over text line by line, so no single match attempt sees a huge input. */
export function matchUserPattern(regex: RegExp, text: string, limit = 100): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const global = new RegExp(regex.source, 'g');
  let lineStart = 0;
  while (lineStart <= text.length && found.length < limit) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    // Chunks overlap, so an identifier that straddles a chunk boundary is still matched whole.
    let covered = lineStart;
    for (let chunk = lineStart; chunk < lineEnd; chunk += MAX_USER_PATTERN_INPUT - CHUNK_OVERLAP) {
      const piece = text.slice(chunk, Math.min(lineEnd, chunk + MAX_USER_PATTERN_INPUT));
      global.lastIndex = 0;
      for (let m = global.exec(piece); m && found.length < limit; m = global.exec(piece)) {
        if (m[0].length === 0) {
          global.lastIndex++;
          continue;
        }
        if (chunk + m.index < covered) continue;
        found.push({ start: chunk + m.index, end: chunk + m.index + m[0].length });
        covered = chunk + m.index + m[0].length;
      }
      if (chunk + MAX_USER_PATTERN_INPUT >= lineEnd) break;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
}
