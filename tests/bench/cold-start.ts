// Bundled and run in a fresh process by engine.bench.ts: prints milliseconds from before the
// engine's import to the end of its first analysis.
const start = performance.now();
const { analyze } = await import('../../src/detect');
analyze('72yo pt in bed 4 tonight, MRN 00452318. Mrs Patel asked about her discharge on 3/14.');
console.log(performance.now() - start);
export {};
