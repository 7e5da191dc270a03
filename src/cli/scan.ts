import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { adviceFor, type AdviceTopic } from '../advice';
import { analyze } from '../detect';
import { formatReport } from './report';
import { scanLine } from './scan-jsonl';

/**
 * `npm run --silent scan -- --jsonl` : JSON lines in (at least id and text), one result line out per input.
 * `npm run scan -- FILE` or a draft on standard input: a readable report with advice.
 */
const args = process.argv.slice(2);

if (args.includes('--jsonl')) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${scanLine(line)}\n`);
  }
} else {
  const file = args.find((a) => !a.startsWith('--'));
  let text: string;
  try {
    text = file ? readFileSync(file, 'utf8') : readFileSync(0, 'utf8');
  } catch (error) {
    console.error(`scan: cannot read ${file ?? 'standard input'}: ${(error as Error).message}`);
    process.exit(2);
  }
  const region = (['us', 'uk', 'ca', 'au', 'other'] as const).find((r) => args.includes(`--region=${r}`)) ?? 'us';
  const advice = (category: string) => adviceFor(category as AdviceTopic, region).slice(0, 2).map((item) => `${item.advice} (${item.source.name}: ${item.source.url})`);
  console.log(formatReport(text, analyze(text), advice));
}
