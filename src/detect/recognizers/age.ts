import { around, before, matchAll, type Draft, type Range } from '../draft';
import type { Frame } from '../frame';
import { candidate, type Candidate, type Recognizer } from '../recognizer';
import type { Severity } from '../types';

/**
 * A patient's specific age or birth year: 72yo, 72 y/o, 72-year-old, 45M, "Mrs Patel, 94,",
 * "(87)", "in his 70s", "ninety-three", "born in 1931", "103rd birthday". Safe Harbor treats every
 * age over 89 as an identifier on its own, so those are `high`. Figures about groups ("patients
 * over 90", "median age 47", "6 months and older") and the author's own or family's age are not.
 */

const UNIT = String.raw`(?:[- ]?years? young|yo|y\/o|y\.o\.?|yrs? old|years? old|[- ]years?[- ]old|[- ]yr[- ]old|[- ]?mo(?:nths?)?[- ]old|mos? old|[- ]?m\/o|[- ]weeks?[- ]old|[- ]?wk[- ]old|[- ]days?[- ]old)`;
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const WORD_NUMBER = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?: and \w+)?|a hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

const PATTERNS: Array<{ id: string; pattern: RegExp; group?: number }> = [
  { id: 'numeric-unit', pattern: new RegExp(String.raw`\b(\d{1,3})[\s-]?${UNIT}(?!\w)`, 'gi') },
  { id: 'words-unit', pattern: new RegExp(String.raw`\b(${WORD_NUMBER})${UNIT}(?!\w)`, 'gi') },
  { id: 'age-sex', pattern: /\b(\d{1,3}) ?(?:m|f|yo ?[mf]|y ?[mf])\b(?![\w'’-])(?=[\s,.;:)])/gi },
  { id: 'sex-age', pattern: /\b[mf] ?\/ ?(\d{1,3})\b/gi },
  { id: 'and-still', pattern: new RegExp(String.raw`\b(\d{2,3}|${WORD_NUMBER}) and (?:still|sharp|doing|walking|going|running|driving|living)\b`, 'gi') },
  { id: 'words-opening', pattern: /(?:^|[.!?]\s+)((?:ninety|one hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|9\d|1[01]\d)(?= and\b|, (?:she|he|still|sharp|and))/gim },
  { id: 'aged', pattern: /\b(?:aged?|at the age of|age of) (\d{1,3})\b(?! ?(?:and (?:up|over|older)|\+|or (?:over|older)))/gi },
  { id: 'decade', pattern: /\bin (?:his|her|their) (?:(?:early|mid|late)[- ])?(\d0)'?s\b/gi },
  { id: 'decade-paren', pattern: /\((\d0)s\)/gi },
  { id: 'birthday', pattern: /\b(\d{1,3})(?:st|nd|rd|th) birthday\b/gi },
  { id: 'turned', pattern: /\b(?:turned|turns|turning) (\d{1,3})\b/gi },
  { id: 'born-in', pattern: /\bborn in ((?:18|19|20)\d\d)\b/gi },
  { id: 'name-comma-age', pattern: /\b(?:(?:mr|mrs|ms|miss|mx)\.? )?[A-Z][a-z]+, (\d{1,3}),/g },
  { id: 'paren-age', pattern: /\b[A-Z][a-z]+ \((\d{1,3})\)/g },
  { id: 'role-age', pattern: /\b(?:mom|mum|mother|dad|father|wife|husband|driver|rider|passenger|cyclist|pedestrian|patient|pt|baby|son|daughter|man|woman|lady|gentleman|grandma|grandpa|veteran|vet|first-time mum|first-time mom),? \(?(\d{1,3})\)?(?=[\s,.;:)])(?! ?(?:weeks|days|hours|mins?|minutes|times|years? (?:ago|later)|%|mg|units))/gi },
  { id: 'was-age', pattern: /\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)(?:'s| was| is) (\d{1,3})(?=[,.;]| years| and\b)/g },
];

// Figures about groups of people, not one person's age.
const GROUP_BEFORE = /\b(?:over|under|above|below|older than|younger than|aged?|ages|from|between|median|average|mean|all|every|everyone|patients|adults|children|people|kids|those|if you'?re|before they'?re|after)\s*(?:the )?(?:age )?(?:of )?$/;
const GROUP_AFTER = /^\s*(?:and (?:up|over|older|under)|or (?:older|over|younger)|\+|plus|-? ?(?:to|–|-) ?\d)/;
const SELF_OR_FAMILY_BEFORE = /\b(?:my|i'?m|i am|i was|at)\s*$/;

function severityFor(draft: Draft, frame: Frame, hit: Range, years: number, id: string): Severity | null {
  const pre = before(draft, hit, 30);
  const post = draft.lower.slice(hit.end, hit.end + 16);
  if (GROUP_BEFORE.test(pre) || GROUP_AFTER.test(post)) return null;
  if (SELF_OR_FAMILY_BEFORE.test(pre) && !/^\W*(?:\w+ )?(?:patient|pt|client)\b/.test(draft.lower.slice(hit.end, hit.end + 32))) return null;
  if (/\b(?:my|our) (?:own )?(?:\w+ )?(?:grandmother|grandfather|nan|gran|grandma|grandpa|mum|mom|dad|mother|father|son|daughter|kid|child)\b/.test(around(draft, hit, 50, 10))) return 'low';
  if (frame.hypothetical) return 'low';
  if (years > 89) return frame.selfOrFamily && !frame.individualPatient ? 'low' : 'high';
  if (id === 'decade' || id === 'decade-paren') return 'low';
  // Under 90 an age identifies nobody on its own (Safe Harbor keeps it); it adds up with other details.
  return 'low';
}

function yearsOf(raw: string, id: string): number {
  if (id === 'born-in') return new Date().getFullYear() - Number(raw);
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw
    .toLowerCase()
    .split(/[- ]|and/)
    .reduce((sum, word) => sum + (NUMBER_WORDS[word] ?? 0), 0);
}

export const ageRecognizer: Recognizer = {
  id: 'age',
  phase: 'token',
  find: (draft, frame) => {
    const out: Candidate[] = [];
    for (const { id, pattern } of PATTERNS) {
      for (const hit of matchAll(pattern, draft.text)) {
        const raw = hit.match[1] ?? '';
        // Months, weeks or days old: an infant ("103rd birthday" is not, despite its "day").
        const isInfant = /^\s*-?\s*(?:mos?|months?|m\/o|wks?|weeks?|days?)\b/i.test(hit.match[0].slice(hit.match[0].indexOf(raw) + raw.length));
        const years = isInfant ? 0 : yearsOf(raw, id);
        if (!isInfant && (years <= 0 || years > 120)) continue;
        const span = ['name-comma-age', 'paren-age', 'role-age', 'was-age', 'and-still', 'words-opening', 'sex-age'].includes(id) ? rangeOfGroup(hit) : hit;
        const severity = severityFor(draft, frame, span, years, id);
        if (severity) {
          const reason = years > 89 ? 'Ages over 89 are identifiers on their own under HIPAA.' : "A patient's exact age narrows down who they are.";
          out.push(candidate(span, 'age', severity, `age/${id}`, reason));
        }
      }
    }
    return out;
  },
  examples: {
    hits: [
      { text: '72 y/o CHF pt admitted again', flagged: '72 y/o' },
      { text: 'Just had a 92-year-old on 4 North inform me', flagged: '92-year-old' },
      { text: '45M on 7 West. I was on compressions', flagged: '45M' },
      { text: 'Mrs Patel, 94, popped in today', flagged: '94' },
      { text: 'Pt born in 1931 asked me about TikTok', flagged: '1931' },
      { text: 'a septic 80-yo sent to the back of the queue', flagged: '80-yo' },
    ],
    misses: [
      'Patients over 90 now make up 6% of our admissions.',
      'Everyone 6 months and older should get a flu shot.',
      'Median age of our trauma admissions is now 47.',
      "I'm 41. Moisturise, friends.",
      'My 6yo asked why I sleep during the day.',
    ],
  },
};

function rangeOfGroup(hit: Range & { match: RegExpExecArray }): Range {
  const span = hit.match.indices?.[1];
  return span ? { start: span[0], end: span[1] } : hit;
}
