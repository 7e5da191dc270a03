import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/detect';

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202C', '\u2066', '\u2069', '\u00AD'];

const isBoundary = (text: string, offset: number) => {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
};

describe('engine properties', () => {
  it('puts every offset on a code-point boundary, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('', ' pt MRN 00452318 in bed 4 ', ' 🩺 Mrs Patel, 94, ', ' SSN 912-44-0087 '), (noise, signal) => {
        const text = noise.slice(0, noise.length / 2) + signal + noise.slice(noise.length / 2);
        for (const f of analyze(text).findings) {
          expect(isBoundary(text, f.start) && isBoundary(text, f.end)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same identifiers whatever invisible characters are slipped between their characters', () => {
    const identifiers = ['00452318', '912-44-0087', '943 476 5919', 'YH40028117', '07700 900461'];
    fc.assert(
      fc.property(fc.constantFrom(...identifiers), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 6 }), (id, inserts) => {
        let hidden = id;
        for (const [at, ch] of inserts) {
          const pos = 1 + (at % (hidden.length - 1));
          hidden = hidden.slice(0, pos) + ch + hidden.slice(pos);
        }
        const cue = id.includes(' ') && id.startsWith('07') ? 'ring his daughter on' : 'MRN';
        const plain = analyze(`Whoever left ${cue} ${id} on the desk`);
        const text = `Whoever left ${cue} ${hidden} on the desk`;
        const result = analyze(text);
        expect(result.risk).toBe(plain.risk);
        expect(result.findings.map((f) => f.category)).toEqual(plain.findings.map((f) => f.category));
        const start = text.indexOf(hidden);
        const covering = result.findings.find((f) => f.start <= start + 1 && f.end >= start + hidden.length - 1);
        expect(covering, `a finding should cover ${JSON.stringify(hidden)}`).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });
});
