/**
 * Masks an identifying term for display ("John Smith" -> "J••• S••••", "00452318" -> "••••••18") so
 * that the panel and dialog never repeat the identifier in full to someone looking over a shoulder.
 */
export function maskExcerpt(term: string): string {
  const clean = term.replace(/\s+/g, ' ').trim().slice(0, 60);
  if (/^[\d\W]+$/u.test(clean)) {
    const digits = clean.replace(/\d/g, '•');
    return clean.length > 4 ? digits.slice(0, -2) + clean.slice(-2) : digits;
  }
  return clean
    .split(' ')
    .map((word) => {
      const chars = Array.from(word);
      return chars.length <= 1 ? word : chars[0] + '•'.repeat(Math.min(chars.length - 1, 8));
    })
    .join(' ');
}
