/**
 * `npm run bench`: speed of the engine, printed (not asserted). Targets (issue 2): a one-character
 * edit of a 3,000-character draft re-analysed in at most 5 ms at p95; a full 3,000-character
 * analysis at most half of compromise's own parse (median); cold start at most 150 ms.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyze } from '../../src/detect';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = readFileSync(new URL('../../../shared/corpus/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Builds a draft of about `length` characters from real posts, so the mix of findings is realistic. */
function draftOf(length: number, offset: number): string {
  let text = '';
  for (let i = offset; text.length < length; i++) text += `${corpus[i % corpus.length]}\n\n`;
  return text.slice(0, length);
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

function time(runs: number, make: (i: number) => string, fn: (text: string) => unknown): { median: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = make(i);
    const start = performance.now();
    fn(text);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

const fmt = (label: string, s: { median: number; p95: number }) => console.log(`${label.padEnd(44)} median ${s.median.toFixed(2).padStart(7)} ms   p95 ${s.p95.toFixed(2).padStart(7)} ms`);

// Distinct drafts per run, so the per-window cache cannot make the full-analysis figures look better.
fmt('compromise parse, 3,000 chars (reference)', time(40, (i) => draftOf(3000, i * 7), (t) => nlp(t).people().out('array')));
fmt('analyze, 280 chars', time(200, (i) => draftOf(280, i), (t) => analyze(t)));
fmt('analyze, 3,000 chars', time(40, (i) => draftOf(3000, i * 7 + 3), (t) => analyze(t)));

// Typing: the same draft with one more character each time.
const base = draftOf(3000, 11);
analyze(base);
fmt('analyze after a one-character edit, 3,000', time(200, (i) => `${base.slice(0, 1500)}${String.fromCharCode(97 + (i % 26))}${base.slice(1500)}`, (t) => analyze(t)));

const big = draftOf(1_000_000, 0);
const bigStart = performance.now();
analyze(big);
console.log(`${'analyze, 1 MB paste'.padEnd(44)} ${(performance.now() - bigStart).toFixed(0)} ms`);

// Cold start as the background worker sees it: the engine bundled into one file (as the extension
// build does), imported by a fresh process that then analyses one draft.
const dir = mkdtempSync(join(tmpdir(), 'second-look-bench-'));
await build({ entryPoints: [`${here}cold-start.ts`], bundle: true, format: 'esm', platform: 'browser', minify: true, outfile: join(dir, 'cold.mjs'), logLevel: 'silent' });
const cold: number[] = [];
for (let i = 0; i < 9; i++) cold.push(Number(execFileSync(process.execPath, [join(dir, 'cold.mjs')], { encoding: 'utf8' }).trim()));
rmSync(dir, { recursive: true, force: true });
fmt('cold start (import + first analysis)', stats(cold));
