import { describe, expect, it } from 'vitest';
import { refinementsFor } from '../../src/advice';

function span(text: string, part: string, category: 'name' | 'age' | 'location' | 'date') {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { category, start, end: start + part.length };
}

describe('refinementsFor', () => {
  it.each([
    ['our 94-year-old patient', '94-year-old', true],
    ['aged 90 and still walking', 'aged 90', true],
    ['a 102 yo man', '102 yo', true],
    ['an 89-year-old woman', '89-year-old', false],
    ['a 45-year-old', '45-year-old', false],
  ])('age in "%s" over 89: %s', (text, part, over) => {
    expect(refinementsFor(text, span(text, part, 'age')).includes('age-90-plus')).toBe(over);
  });

  it('marks a name next to a room or bed number', () => {
    const text = 'Mr Jones in room 12 was discharged';
    expect(refinementsFor(text, span(text, 'Mr Jones', 'name'))).toContain('name-with-room');
    const bed = 'Bed 4B, Alice Walker, finally smiled';
    expect(refinementsFor(bed, span(bed, 'Alice Walker', 'name'))).toContain('name-with-room');
  });

  it('does not mark a name far from any room number, or a room word without a number', () => {
    const far = `Alice Walker ${'was a wonderful teacher and friend to many '.repeat(2)}in room 12`;
    expect(refinementsFor(far, span(far, 'Alice Walker', 'name'))).not.toContain('name-with-room');
    const wordOnly = 'Alice Walker made room for everyone';
    expect(refinementsFor(wordOnly, span(wordOnly, 'Alice Walker', 'name'))).not.toContain('name-with-room');
  });

  it('marks a room location only when a name finding is near it', () => {
    const text = 'Mrs Patel, room 7, asked for tea';
    const room = span(text, 'room 7', 'location');
    expect(refinementsFor(text, room, [span(text, 'Mrs Patel', 'name')])).toContain('name-with-room');
    expect(refinementsFor(text, room, [])).not.toContain('name-with-room');
    const ward = 'Ward 5 is busy tonight';
    expect(refinementsFor(ward, span(ward, 'Ward 5', 'location'), [])).toEqual([]);
  });

  it('marks initials and replies to reviews', () => {
    const text = 'Thanks for the review, J.D., we hope your tooth is better';
    const found = refinementsFor(text, span(text, 'J.D.', 'name'));
    expect(found).toContain('initials');
    expect(found).toContain('review-reply');
    const plain = 'Jane Doe came back to thank the team';
    expect(refinementsFor(plain, span(plain, 'Jane Doe', 'name'))).toEqual([]);
  });

  it('adds nothing for other categories', () => {
    const text = 'On 3 March 1931, in room 4';
    expect(refinementsFor(text, span(text, '3 March 1931', 'date'))).toEqual([]);
  });
});
