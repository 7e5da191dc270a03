import { describe, expect, it } from 'vitest';
import { maskExcerpt } from '../../src/background/mask-excerpt';

describe('maskExcerpt', () => {
  it.each([
    ['Maria Gonzalez', 'M•••a G••••••z'],
    ['Mary Lee', 'M••• L••'],
    ['  J.   Smith ', 'J• S•••h'],
    ['123-45-6789', '1•••••••••9'],
    ['a', 'a'],
    ['', ''],
  ])('masks "%s" as "%s"', (input, masked) => {
    expect(maskExcerpt(input)).toBe(masked);
  });

  it('never shows more than the first and last character of a word', () => {
    const masked = maskExcerpt('Bartholomew Featherstonehaugh 0123456789');
    expect(masked).not.toMatch(/[a-z0-9]{2}/i);
  });

  it('keeps astral characters whole and caps the length', () => {
    expect(maskExcerpt('😀abc😀')).toBe('😀•••😀');
    const long = maskExcerpt('word '.repeat(100));
    expect(Array.from(long).length).toBeLessThanOrEqual(120);
    expect(long.endsWith('…')).toBe(true);
  });
});
