import { readFileSync } from 'node:fs';
import { parseCorpus } from './corpus';
import { evaluate } from './evaluate';

/** `npm run eval -- FILE.jsonl [--sensitivity strict|balanced|relaxed] [--verbose]`: how the engine does on labelled drafts. */
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl [--sensitivity strict|balanced|relaxed] [--verbose]');
  process.exit(2);
}
const sensitivityArg = args[args.indexOf('--sensitivity') + 1];
const sensitivity = sensitivityArg === 'strict' || sensitivityArg === 'relaxed' ? sensitivityArg : 'balanced';
const result = evaluate(parseCorpus(readFileSync(file, 'utf8')), { sensitivity });
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log(`posts: ${result.posts} (sensitivity ${sensitivity})`);
console.log(`post recall (warn=true flagged medium/high): ${pct(result.recall)}`);
console.log(`false-positive rate (warn=false flagged medium/high): ${pct(result.falsePositiveRate)}`);
console.log(`span recall: ${pct(result.spanRecall)}`);
for (const [category, { found, total }] of Object.entries(result.spanRecallByCategory).sort()) {
  console.log(`  ${category.padEnd(16)} ${pct(found / total).padStart(6)}  (${found}/${total})`);
}
console.log(`finding precision: ${pct(result.findingPrecision)}`);
const list = (ids: string[]) => (ids.length > 40 ? `${ids.slice(0, 40).join(' ')} …` : ids.join(' '));
console.log(`missed warnings (${result.missed.length}): ${list(result.missed)}`);
console.log(`false alarms (${result.falseAlarms.length}): ${list(result.falseAlarms)}`);
if (args.includes('--verbose')) for (const s of result.missedSpans) console.log(`  missed span ${s.id} ${s.category}: ${JSON.stringify(s.text)}`);
