/**
 * `npm run lexicon`: extracts compromise's own person-name lexicon (first names, last names,
 * honorifics) into src/detect/lexicon/person-names.json.
 *
 * Why: compromise's full tagger costs about 100 ms to load, which alone broke the engine's
 * cold-start budget (150 ms, issue 2). The background loads only compromise's tokenizer and this
 * lexicon. tests/detect/lexicon.test.ts fails if the committed file drifts from compromise's data.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { personNameLexicon } from './name-lexicon';

const out = fileURLToPath(new URL('../src/detect/lexicon/person-names.json', import.meta.url));
const lexicon = personNameLexicon();
writeFileSync(out, `${JSON.stringify(lexicon)}\n`);
console.log(`wrote ${Object.keys(lexicon).length} names to ${out}`);
