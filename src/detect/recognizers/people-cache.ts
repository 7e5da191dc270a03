import nlp from 'compromise';
import type { Draft, Range } from '../draft';

/**
 * compromise's person tagger is the engine's only costly step (about 10 ms per 1,000 characters),
 * so it runs only on short windows around capitalised words, and its answers are cached by window
 * text: typing one character re-parses one window, not the post.
 */

const CACHE_LIMIT = 2_000;
const cache = new Map<string, Array<{ start: number; end: number }>>();
const CAPITALISED = /(?<![\w@#'’])[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)*/g;
const COMMON_STARTERS =
  /^(?:I|A|An|The|This|That|These|Those|It|He|She|They|We|You|My|Our|His|Her|Their|Your|Its|So|And|But|Or|If|When|While|After|Before|Just|Today|Tonight|Yesterday|Then|Now|Still|Also|Some|All|No|Yes|What|Why|How|Who|Where|There|Here|Thank|Thanks|Happy|Please|Best|Huge|Big|New|One|Two|Three|Every|Each|Not|Never|Always|Once|Since|On|In|At|For|From|With|To|Of|By|As|Is|Was|Are|Were|Be|Do|Did|Does|Can|Could|Will|Would|Should|Shoutout|Congrats|Proud|Grateful|Small|Long|Last|First|Next|Post|Pt|Patient|Mom|Mum|Dad|Mr|Mrs|Ms|Dr)$/;

/** People compromise finds in windows around capitalised words, as ranges of the folded text. */
export function cachedPeople(draft: Draft): Range[] {
  const found: Range[] = [];
  const seen = new Set<number>();
  for (let m = CAPITALISED.exec(draft.text); m; m = CAPITALISED.exec(draft.text)) {
    const first = m[0].split(/[ -]/)[0]!;
    if (m[0] === first && COMMON_STARTERS.test(first)) continue;
    const windowStart = lineStartOrWordsBack(draft.text, m.index, 5);
    const windowEnd = wordsForward(draft.text, m.index + m[0].length, 3);
    if (seen.has(windowStart)) continue;
    seen.add(windowStart);
    const window = draft.text.slice(windowStart, windowEnd);
    for (const person of peopleIn(window)) found.push({ start: windowStart + person.start, end: windowStart + person.end });
  }
  CAPITALISED.lastIndex = 0;
  return found;
}

function peopleIn(window: string): Array<{ start: number; end: number }> {
  const hit = cache.get(window);
  if (hit) return hit;
  const people = (nlp(window).people().json({ offset: true, text: true }) as Array<{ offset: { start: number; length: number } }>).map((p) => ({
    start: p.offset.start,
    end: p.offset.start + p.offset.length,
  }));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(window, people);
  return people;
}

function lineStartOrWordsBack(text: string, index: number, words: number): number {
  let i = index;
  let count = 0;
  while (i > 0 && text[i - 1] !== '\n') {
    i--;
    if (text[i] === ' ' && ++count > words) return i + 1;
  }
  return i;
}

function wordsForward(text: string, index: number, words: number): number {
  let i = index;
  let count = 0;
  while (i < text.length && text[i] !== '\n') {
    if (text[i] === ' ' && ++count > words) return i;
    i++;
  }
  return i;
}
