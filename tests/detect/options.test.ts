import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/detect';
import { checkUserPattern, matchUserPattern } from '../../src/detect/user-pattern';

describe('the user\'s own terms, patterns and allowlist', () => {
  it('always flags the user\'s own workplace terms as location', () => {
    const text = 'Great night on Kestrel Ward, everyone.';
    const plain = analyze(text).findings.filter((f) => f.category === 'location' && f.severity !== 'low');
    expect(plain).toEqual([]);
    const withTerms = analyze(text, { customTerms: ['Kestrel Ward'] });
    expect(withTerms.findings.some((f) => f.category === 'location' && text.slice(f.start, f.end) === 'Kestrel Ward')).toBe(true);
    expect(withTerms.risk).toBe('medium');
  });

  it('flags the user\'s identifier format as a high-risk identifier', () => {
    const text = 'Reminder about chart ZX-44190 on the board';
    const result = analyze(text, { customPatterns: ['ZX-\\d{5}'] });
    expect(result.findings.some((f) => f.category === 'identifier' && text.slice(f.start, f.end) === 'ZX-44190')).toBe(true);
    expect(result.risk).toBe('high');
  });

  it('skips an unsafe user pattern instead of running it', () => {
    const text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!';
    expect(analyze(text, { customPatterns: ['(a+)+$', '(', ''] }).findings).toEqual([]);
  });

  it('never flags an allowlisted term, and allowing one term does not lower another finding', () => {
    const text = 'Pt Jaylen in room 22 beat me at Mario Kart today, MRN 00452318.';
    const before = analyze(text);
    expect(before.findings.some((f) => text.slice(f.start, f.end) === 'Jaylen')).toBe(true);
    const after = analyze(text, { allowlist: ['jaylen'] });
    expect(after.findings.some((f) => text.slice(f.start, f.end) === 'Jaylen')).toBe(false);
    expect(after.findings.some((f) => f.category === 'identifier')).toBe(true);
    expect(after.risk).toBe('high');
  });
});

describe('checkUserPattern', () => {
  it.each([['MRN\\d{8}'], ['[A-Z]{2}\\d{6}'], ['\\b\\d{3}-\\d{4}\\b'], ['(?:MRN|CHART)-\\d{6}']])('accepts %s', (source) => {
    expect(checkUserPattern(source).ok).toBe(true);
  });

  it.each([
    ['(', 'Not a valid regular expression'],
    ['(a+)+$', 'freeze'],
    ['(a|aa)*b', 'freeze'],
    ['(\\d+)*x', 'freeze'],
    ['(x)\\1', 'Back-references'],
    ['\\d*', 'empty text'],
    ['', 'empty'],
    ['x'.repeat(300), 'longer than'],
  ])('rejects %s with a clear message', (source, message) => {
    const result = checkUserPattern(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('matches line by line and reports offsets in the whole text', () => {
    const check = checkUserPattern('MRN\\d{4}');
    if (!check.ok) throw new Error(check.error);
    expect(matchUserPattern(check.regex, 'first MRN1234\nthen MRN5678')).toEqual([
      { start: 6, end: 13 },
      { start: 19, end: 26 },
    ]);
  });
});

describe('matchUserPattern on long lines', () => {
  it('finds a match that straddles the internal chunk boundary exactly once', () => {
    const check = checkUserPattern('MRN\\d{6}');
    if (!check.ok) throw new Error(check.error);
    const text = `${'x'.repeat(1_995)}MRN123456${' y'.repeat(3_000)}MRN654321`;
    const found = matchUserPattern(check.regex, text);
    expect(found.map((r) => text.slice(r.start, r.end))).toEqual(['MRN123456', 'MRN654321']);
  });
});

describe('dismissed findings', () => {
  it('drops a dismissed finding and recomputes the risk from the rest, without lowering them', () => {
    const text = 'Shoutout to my pt Jaylen in room 22 who beat me at Mario Kart today.';
    const before = analyze(text);
    const name = before.findings.find((f) => f.category === 'name');
    expect(name).toBeDefined();
    const after = analyze(text, { dismissed: [{ category: 'name', text: 'Jaylen' }] });
    expect(after.findings.some((f) => f.category === 'name')).toBe(false);
    for (const kept of after.findings) {
      expect(before.findings).toContainEqual(kept);
    }
    expect(after.findings.some((f) => f.category === 'patient_story')).toBe(before.findings.some((f) => f.category === 'patient_story'));
  });

  it('only drops the dismissed category', () => {
    const text = 'Pt MRN 00452318 in bed 4';
    const after = analyze(text, { dismissed: [{ category: 'name', text: '00452318' }] });
    expect(after.findings.some((f) => f.category === 'identifier')).toBe(true);
    expect(after.risk).toBe('high');
  });
});
