import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/detect';
import { RECOGNIZERS } from '../../src/detect/registry';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('recognizer registry', () => {
  it('registers every family file exactly once', () => {
    const files = readdirSync(new URL('../../src/detect/recognizers/', import.meta.url)).filter(
      (f) => f.endsWith('.ts') && !['custom.ts', 'people-cache.ts'].includes(f),
    );
    expect(RECOGNIZERS.length).toBe(files.length);
    expect(new Set(RECOGNIZERS.map((r) => r.id)).size).toBe(RECOGNIZERS.length);
  });

  for (const recognizer of RECOGNIZERS) {
    describe(recognizer.id, () => {
      it('documents itself with hits and near misses', () => {
        expect(recognizer.examples.hits.length).toBeGreaterThanOrEqual(2);
        expect(recognizer.examples.misses.length).toBeGreaterThanOrEqual(2);
      });

      for (const { text, flagged } of recognizer.examples.hits) {
        it(`flags ${JSON.stringify(flagged)} in its example`, () => {
          const at = text.indexOf(flagged);
          expect(at).toBeGreaterThanOrEqual(0);
          const target = { start: at, end: at + flagged.length };
          // Found at any severity: some families (an age under 90) only ever add up with others.
          const found = analyze(text).findings.filter((f) => f.category === recognizer.id);
          expect(found.some((f) => overlaps(f, target)), `${recognizer.id} should flag ${flagged}`).toBe(true);
        });
      }

      for (const text of recognizer.examples.misses) {
        it(`does not warn on ${JSON.stringify(text.slice(0, 50))}`, () => {
          const found = analyze(text).findings.filter((f) => f.category === recognizer.id && f.severity !== 'low');
          expect(found).toEqual([]);
        });
      }
    });
  }
});
