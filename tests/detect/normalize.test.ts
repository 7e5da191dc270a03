import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../src/detect/normalize';

describe('normalize', () => {
  it('leaves ASCII text as it is, with an identity map', () => {
    const n = normalize('MRN 123');
    expect(n.text).toBe('MRN 123');
    expect(toOriginal(n, 4, 7)).toEqual({ start: 4, end: 7 });
  });

  it('folds full-width digits and maps them back to their original positions', () => {
    const original = 'MRN ００４５２３１８ today';
    const n = normalize(original);
    expect(n.text).toBe('MRN 00452318 today');
    const back = toOriginal(n, 4, 12);
    expect(original.slice(back.start, back.end)).toBe('００４５２３１８');
  });

  it('drops zero-width and bidi control characters but keeps the span over them', () => {
    const original = '912\u200B-44\u2066-0087';
    const n = normalize(original);
    expect(n.text).toBe('912-44-0087');
    const back = toOriginal(n, 0, n.text.length);
    expect(back).toEqual({ start: 0, end: original.length });
  });

  it('folds Cyrillic and Greek look-alike letters', () => {
    expect(normalize('МRN 00452318').text).toBe('MRN 00452318');
    expect(normalize('Ρt Јohn').text).toBe('Pt John');
  });

  it('keeps emoji and lone surrogates without throwing', () => {
    const original = 'a\uD83Db 🩺 c\uDC00';
    const n = normalize(original);
    expect(n.text).toContain('🩺');
    expect(n.starts.length).toBe(n.text.length + 1);
  });
});
