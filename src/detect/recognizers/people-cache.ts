import nlp from 'compromise/one';
import type { Draft, Range } from '../draft';
import lexicon from '../lexicon/person-names.json';

/**
 * People's names by compromise's own name lexicon (first names, last names, honorifics, extracted
 * by scripts/build-name-lexicon.ts) on compromise's tokenizer. The full tagger would cost about
 * 100 ms to load, more than the engine's whole cold-start budget. It runs only on short windows
 * around capitalised words, cached by window text: typing one character re-reads one window.
 */

nlp.addWords(lexicon as Record<string, string>);

const CACHE_LIMIT = 2_000;
/** A pasted book must not turn into thousands of windows: names beyond this are not looked for. */
const MAX_WINDOWS = 400;
const cache = new Map<string, Range[]>();
const CAPITALISED = /(?<![\w@#'’])\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+)*/gu;
const COMMON_STARTERS =
  /^(?:I|A|An|The|This|That|These|Those|It|He|She|They|We|You|My|Our|His|Her|Their|Your|Its|So|And|But|Or|If|When|While|After|Before|Just|Today|Tonight|Yesterday|Then|Now|Still|Also|Some|All|No|Yes|What|Why|How|Who|Where|There|Here|Thank|Thanks|Happy|Please|Best|Huge|Big|New|One|Two|Three|Every|Each|Not|Never|Always|Once|Since|On|In|At|For|From|With|To|Of|By|As|Is|Was|Are|Were|Be|Do|Did|Does|Can|Could|Will|Would|Should|Shoutout|Congrats|Proud|Grateful|Small|Long|Last|First|Next|Post|Pt|Patient|Mom|Mum|Dad|Mr|Mrs|Ms|Dr)$/;
// First names that are also everyday words: only a name when a surname follows.
const AMBIGUOUS = new Set(['mark', 'chase', 'grace', 'sue', 'jack', 'faith', 'joy', 'hunter', 'summer', 'autumn', 'dawn', 'gene', 'guy', 'pat', 'rob', 'bob', 'ray', 'sky', 'star', 'lucky', 'sunny', 'ginger', 'candy', 'cash', 'bud', 'buddy', 'sonny', 'king', 'queen', 'sage', 'ash', 'hazel', 'olive', 'ruby', 'pearl', 'crystal', 'angel', 'destiny', 'harmony', 'liberty', 'miles', 'max', 'bill']);

/** People's names in windows around capitalised words, as ranges of the folded text. */
export function cachedPeople(draft: Draft): Range[] {
  const found: Range[] = [];
  let windows = 0;
  for (const m of draft.text.matchAll(CAPITALISED)) {
    // Names are a few words long; a run of hundreds of capitalised words is a heading or an attack.
    if (m[0].length > 80) continue;
    const first = m[0].split(/[ -]/)[0]!;
    if (m[0] === first && COMMON_STARTERS.test(first)) continue;
    if (++windows > MAX_WINDOWS) break;
    const start = m.index;
    for (const person of peopleIn(m[0])) found.push({ start: start + person.start, end: start + person.end });
  }
  return found;
}

/** Names in a run of capitalised words: a first name or honorific, with the surname that follows. */
function peopleIn(run: string): Range[] {
  const hit = cache.get(run);
  if (hit) return hit;
  const terms = (nlp(run).json({ offset: true }) as Array<{ terms: Array<{ normal: string; tags: string[]; offset: { start: number; length: number } }> }>).flatMap((s) => s.terms);
  const people: Range[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const isFirst = term.tags.includes('FirstName');
    const next = terms[i + 1];
    if (!isFirst && !term.tags.includes('Honorific')) continue;
    if (isFirst && AMBIGUOUS.has(term.normal) && !next) continue;
    let end = term.offset.start + term.offset.length;
    // The capitalised word after a first name is its surname, known to the lexicon or not.
    if (next) {
      end = next.offset.start + next.offset.length;
      i++;
    }
    people.push({ start: term.offset.start, end });
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(run, people);
  return people;
}

const NAMES = lexicon as Record<string, string>;

/** True when compromise's lexicon knows the word as a first or last name ("mrs o'brien", "mr patel"). */
export function isKnownName(word: string): boolean {
  const tag = NAMES[word.toLowerCase().replace(/['’]s$/, '')];
  return tag === 'FirstName' || tag === 'LastName';
}
