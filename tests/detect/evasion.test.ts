import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/detect';

/**
 * Identifiers hidden on purpose or by a phone keyboard: each must be found and highlighted where it
 * stands in the draft as typed (the flagged text is a slice of the original).
 */
const cases: Array<[string, string, string, string]> = [
  ['full-width digits', 'MRN ００４５２３１８ on the census', 'identifier', '００４５２３１８'],
  ['zero-width spaces', 'SSN 912\u200B-44-\u200B0087 on a sticky note', 'identifier', '912\u200B-44-\u200B0087'],
  ['bidi controls', 'MRN \u202A00452318\u202C left on the desk', 'identifier', '00452318'],
  ['spaces between digits', 'MRN 0 0 4 5 2 3 1 8 left on the desk', 'identifier', '0 0 4 5 2 3 1 8'],
  ['dots between digits', 'SSN 912.44.0087 on a sticky note', 'identifier', '912.44.0087'],
  ['emoji between groups', 'SSN 912🙂44🙂0087 on a sticky note', 'identifier', '912🙂44🙂0087'],
  ['Cyrillic look-alike letters', 'МRN 00452318 on the census', 'identifier', '00452318'],
  ['letter O for zero', 'MRN 0O452318 on the census', 'identifier', '0O452318'],
  ['numbers in words', 'his SSN is nine one two four four zero zero eight seven apparently', 'identifier', 'nine one two four four zero zero eight seven'],
  ['phone with emoji separators', 'his daughter is on 07700📞900461, please ring her', 'contact', '07700📞900461'],
  ['lower-case name after a title', 'mrs patel in bed 4 is asking for you', 'name', 'patel'],
  ['lower-case name after pt', 'pt john smith refused his meds again tonight', 'name', 'john smith'],
];

describe('evasions', () => {
  it.each(cases)('finds an identifier written with %s', (_label, text, category, flagged) => {
    const result = analyze(text);
    const found = result.findings.filter((f) => f.category === category).map((f) => text.slice(f.start, f.end));
    expect(found).toContain(flagged);
    expect(['medium', 'high']).toContain(result.risk);
  });
});
