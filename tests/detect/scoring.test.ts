import { describe, expect, it } from 'vitest';
import { analyze, warns } from '../../src/detect';

describe('risk', () => {
  it('is high for a direct identifier on its own', () => {
    expect(analyze('Whoever left a printout with MRN 00452318 in the cafeteria: shred it.').risk).toBe('high');
  });

  it('is high when several quasi-identifiers come with a patient story', () => {
    expect(analyze('72yo in bed 4 tonight with a brisk GI bleed refused the scope until he finished his crossword.').risk).toBe('high');
  });

  it('stays low for one relative date about an unspecified patient', () => {
    const result = analyze('Today a patient told me I was the first nurse who sat down with her. Sit down, folks.');
    expect(result.risk).toBe('low');
    expect(warns(result.risk)).toBe(false);
  });

  it('does not warn on a teaching case with an age', () => {
    expect(warns(analyze('Teaching case (fictional): 68M, smoker, crushing chest pain, BP 88/50. Next move?').risk)).toBe(false);
  });

  it('does not warn on a colleague congratulated by name', () => {
    expect(warns(analyze('Huge congratulations to Dr. Priya Raman on passing her critical care boards! Proud of you, Priya.').risk)).toBe(false);
  });

  it('does not warn on a public figure\'s public health news', () => {
    expect(warns(analyze("Michael J. Fox has done more for Parkinson's research than most of us ever will.").risk)).toBe(false);
  });

  it('orders sensitivities: strict warns at least as often as balanced, balanced as relaxed', () => {
    const drafts = [
      'A patient in his 70s on 4 North told me a joke today.',
      'Pt on 3 East walked 200 feet this afternoon after her hip fracture.',
      '80yo pt slipped me his number (555-0198) at discharge.',
      'The idiot in bed 2 pulled his IV out AGAIN.',
    ];
    const rank = { none: 0, low: 1, medium: 2, high: 3 } as const;
    for (const text of drafts) {
      const strict = rank[analyze(text, { sensitivity: 'strict' }).risk];
      const balanced = rank[analyze(text, { sensitivity: 'balanced' }).risk];
      const relaxed = rank[analyze(text, { sensitivity: 'relaxed' }).risk];
      expect(strict).toBeGreaterThanOrEqual(balanced);
      expect(balanced).toBeGreaterThanOrEqual(relaxed);
    }
  });

  it('lets relaxed skip a lone quasi-identifier that balanced warns on', () => {
    const text = 'Our pt in bed 7 is an absolute legend.';
    expect(analyze(text).risk).toBe('medium');
    expect(analyze(text, { sensitivity: 'relaxed' }).risk).toBe('low');
  });
});
