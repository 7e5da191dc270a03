import { describe, expect, it } from 'vitest';
import { personNameLexicon } from '../../scripts/name-lexicon';
import committed from '../../src/detect/lexicon/person-names.json';
import { analyze } from '../../src/detect';

describe('person-name lexicon', () => {
  it('is exactly compromise\'s name lexicon (run `npm run lexicon` after upgrading compromise)', () => {
    expect(committed).toEqual(personNameLexicon());
  });

  it('finds a patient\'s first name and surname in a post about one patient', () => {
    const text = 'Our patient today was lovely. Theo went home after 127 days, and Barry Whitlock visited.';
    const names = analyze(text).findings.filter((f) => f.category === 'name').map((f) => text.slice(f.start, f.end));
    expect(names).toEqual(expect.arrayContaining(['Theo', 'Barry Whitlock']));
  });
});
