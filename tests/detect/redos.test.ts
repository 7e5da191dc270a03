import { readFileSync } from 'node:fs';
import { check, type Diagnostics } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/detect';
import { RECOGNIZERS } from '../../src/detect/registry';

/**
 * Every regular expression the engine runs, checked by recheck. The expressions are collected by
 * watching RegExp.prototype.exec while the engine analyses real drafts, so a pattern added
 * anywhere in src/detect is checked without being listed here. compromise's own tokenizer patterns
 * are left out: the engine hands it only runs of capitalised words of at most 80 characters
 * (people-cache.ts), so their input is bounded by construction.
 *
 * recheck calls any unanchored pattern with a repetition "polynomial", because a search that fails
 * at every start of a long run can rescan it. So: exponential backtracking is never accepted, and
 * for every polynomial finding the engine is run on recheck's own attack string pumped to 100,000
 * characters: a real quadratic scan would take minutes there and time the test out.
 */
const ATTACK_LENGTH = 100_000;
// recheck fuzzes patterns it cannot analyse exactly (lookbehinds, \p{…}); a fixed seed keeps CI repeatable.
const SEED = Number(process.env.RECHECK_SEED ?? 7);

function enginePatterns(): Map<string, { source: string; flags: string }> {
  const seen = new Map<string, { source: string; flags: string }>();
  const exec = RegExp.prototype.exec;
  const skipped = new Set<string>();
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const flags = [...this.flags].filter((c) => c !== 'd' && c !== 'g' && c !== 'y').join('');
    const key = `/${this.source}/${flags}`;
    if (!seen.has(key) && !skipped.has(key)) {
      // Only the first sighting pays for a stack trace: is this pattern ours or compromise's?
      const stack = new Error().stack ?? '';
      if (stack.includes('node_modules/compromise')) skipped.add(key);
      else seen.set(key, { source: this.source, flags });
    }
    return exec.call(this, input);
  };
  try {
    const drafts = [
      ...readFileSync(new URL('../../../shared/corpus/dev.jsonl', import.meta.url), 'utf8').split('\n'),
      ...readFileSync(new URL('../corpus/holdout.jsonl', import.meta.url), 'utf8').split('\n'),
    ]
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    for (const r of RECOGNIZERS) drafts.push(...r.examples.hits.map((h) => h.text), ...r.examples.misses);
    for (const text of drafts) analyze(text, { customTerms: ['Kestrel Ward'], customPatterns: ['MRN\\d{6}'], allowlist: ['Dr Chen'] });
  } finally {
    RegExp.prototype.exec = exec;
  }
  return seen;
}

describe('regular expressions in the engine', () => {
  const patterns = enginePatterns();
  const results = new Map<string, Diagnostics>();

  beforeAll(async () => {
    // A few checks at a time: each runs in its own recheck process, and CI has two cores.
    const queue = [...patterns];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, { source, flags }] = next;
        results.set(key, await check(source, flags, { timeout: 5_000, randomSeed: SEED }));
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  }, 300_000);

  it('are collected from a real run', () => {
    expect(patterns.size).toBeGreaterThan(50);
    expect([...patterns.keys()].some((key) => key.includes('mrn'))).toBe(true);
  });

  it('never backtrack exponentially', () => {
    const exponential = [...results].filter(([, d]) => d.status === 'vulnerable' && d.complexity.type === 'exponential').map(([key]) => key);
    expect(exponential).toEqual([]);
  });

  it('stay linear in the engine on every attack string recheck builds', () => {
    const slow: string[] = [];
    for (const [key, d] of results) {
      // Exponential findings fail the test above; running their attack here would never finish.
      if (d.status !== 'vulnerable' || d.complexity.type === 'exponential') continue;
      const { pumps, suffix } = d.attack;
      const pumpLength = pumps.reduce((sum, p) => sum + p.pump.length, 0) || 1;
      const times = Math.ceil(ATTACK_LENGTH / pumpLength);
      const attack = pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + suffix;
      const start = performance.now();
      const result = analyze(attack);
      const elapsed = performance.now() - start;
      expect(['none', 'low', 'medium', 'high']).toContain(result.risk);
      // Generous: linear work on 100,000 characters takes well under a second even on a busy CI.
      if (elapsed > 3_000) slow.push(`${key}: ${elapsed.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  }, 600_000);
});
