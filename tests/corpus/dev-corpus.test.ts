import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/cli/corpus';
import { evaluate } from '../../src/cli/evaluate';

// The shared corpus sits beside the repository (in CI too); see DESIGN.md "Test data".
const devCorpus = fileURLToPath(new URL('../../../shared/corpus/dev.jsonl', import.meta.url));

describe('dev corpus', () => {
  it('is present beside the repository', () => {
    expect(existsSync(devCorpus), `expected the shared corpus at ${devCorpus}`).toBe(true);
  });

  it('meets the product thresholds: recall >= 0.95, false-positive rate <= 0.05, span recall >= 0.90', () => {
    const result = evaluate(parseCorpus(readFileSync(devCorpus, 'utf8')));
    expect(result.posts).toBe(240);
    expect(result.recall, `missed warnings: ${result.missed.join(' ')}`).toBeGreaterThanOrEqual(0.95);
    expect(result.falsePositiveRate, `false alarms: ${result.falseAlarms.join(' ')}`).toBeLessThanOrEqual(0.05);
    expect(result.spanRecall).toBeGreaterThanOrEqual(0.9);
  });
});
