import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, RISK_LEVELS } from '../../src/detect';

function expectWellFormed(text: string) {
  const result = analyze(text);
  expect(RISK_LEVELS).toContain(result.risk);
  for (const f of result.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
  }
  return result;
}

describe('bad input', () => {
  it('treats empty and whitespace drafts as clean', () => {
    expect(analyze('')).toEqual({ risk: 'none', findings: [] });
    expect(analyze(' \n\t ')).toEqual({ risk: 'none', findings: [] });
  });

  it('treats a non-string as an empty draft instead of throwing', () => {
    expect(analyze(undefined as unknown as string)).toEqual({ risk: 'none', findings: [] });
    expect(analyze(42 as unknown as string)).toEqual({ risk: 'none', findings: [] });
  });

  it('survives binary garbage, lone surrogates, right-to-left text, emoji and combining marks', () => {
    expectWellFormed('\u0000\u0001\uFFFF\uD800\uDFFF\uDC00\uD83D');
    expectWellFormed('المريض في السرير 4 اليوم \u202Eroom 12\u202C');
    expectWellFormed('👩‍⚕️🩺 e\u0301e\u0301 Z̷̢̛a̸l̵g̶o̷ 🇬🇧 pt J.S. 🙏🏽');
  });

  it('handles a 1 MB paste and still finds an identifier near its end', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(18_000);
    const text = `${filler}Pt MRN 00452318 in bed 4.`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = expectWellFormed(text);
    expect(result.findings.some((f) => f.category === 'identifier' && text.slice(f.start, f.end) === '00452318')).toBe(true);
  });

  it('never throws and keeps offsets inside the text for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(text);
      }),
      { numRuns: 300 },
    );
  });
});
