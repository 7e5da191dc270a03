/**
 * Masks what a finding covers so the popup can show where it is without showing the identifier:
 * "Maria Gonzalez" -> "M•••• G••••••z". Words of four characters or fewer keep only their first
 * character, since their last one would reveal too much of them ("Mary" -> "M•••").
 */

const BULLET = '•';
/** The wire schema caps excerpts at 200 characters. */
const MAX_EXCERPT = 120;

/** One word masked: first character, bullets, and the last character of longer words. */
function maskWord(word: string): string {
  const chars = Array.from(word);
  if (chars.length <= 1) return chars.join('');
  if (chars.length <= 4) return chars[0] + BULLET.repeat(chars.length - 1);
  return chars[0] + BULLET.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** A masked excerpt of the text a finding covers, whitespace collapsed and length capped. */
export function maskExcerpt(covered: string): string {
  const words = covered.trim().split(/\s+/u).filter(Boolean);
  const masked = words.map(maskWord).join(' ');
  const chars = Array.from(masked);
  return chars.length > MAX_EXCERPT ? `${chars.slice(0, MAX_EXCERPT - 1).join('')}…` : masked;
}
