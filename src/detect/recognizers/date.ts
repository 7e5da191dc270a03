import { around, matchAll, type Draft, type Range } from '../draft';
import type { Frame } from '../frame';
import { candidate, type Candidate, type Recognizer } from '../recognizer';
import type { Severity } from '../types';

/**
 * Every element of a date but the year, when tied to someone's care: numeric dates (3/14,
 * 14/03/2024, 2024-03-14), month and day (March 14th, 3 Jan), a bare ordinal day ("on the 14th"),
 * weekdays, holidays and relative days (today, last night, this arvo). A year alone is not PHI
 * (Safe Harbor keeps the year), and neither are event dates: conferences, drives, awareness days.
 * Absolute dates are `medium`; relative ones (today, Tuesday) are `low`: alone they identify
 * nobody, but they sharpen a story.
 */

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORD = String.raw`(?:[12]?\d|3[01])(?:st|nd|rd|th)?`;
const MONTH_DAY = new RegExp(String.raw`\b(?:${MONTH} ${ORD}(?![\d:])(?:,? (?:19|20)\d\d)?|${ORD} (?:of )?${MONTH}(?: (?:19|20)?\d\d)?(?![a-z]))`, 'gi');
const NUMERIC = /(?<![\d/.\-–])(?:\d{1,2}[/.\-]\d{1,2}(?:[/.\-](?:19|20)?\d\d)?|(?:19|20)\d\d-\d{1,2}-\d{1,2})(?![\d/]|\.\d)/g;
const BARE_ORDINAL = /\b(?:on|since|from|until|till|by|before|after) the ((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?! (?:time|floor|week|day|attempt|grade|year|visit|admission|fall|dose|round|cycle|century|percentile|birthday)s?\b)/gi;
const TRAILING_ORDINAL = /\bthe ((?:[12]?\d|3[01])(?:st|nd|rd|th))(?=\s*(?:[.,;!?)]|$| (?:and|but|when|at|in|with|demanding|asking)\b))/gim;
// Full weekday names in any case; abbreviations ("Thurs") only capitalised, since "sat" and "wed" are words.
const WEEKDAY =
  /\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Ee]very) )?(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?|(?<=(?:last|this|next|on) )(?:mon|tues?|wed|thur?s?|fri|sat|sun)\b)(?:'s)?\b(?! (?:clinic|club|rounds|meeting|service|market)s?)/g;
const RELATIVE =
  /\b(?:today|tonight|tonite|yesterday|tomorrow|tmrw|tmw|last night|overnight|this (?:morning|afternoon|evening|am|pm|arvo|weekend)|earlier today|just now|this past (?:weekend|week))\b/gi;
const HOLIDAY =
  /\b(?:christmas(?: eve| day)?|xmas(?: eve)?|boxing day|new year'?s(?: eve| day)?|thanksgiving|easter(?: sunday| monday)?|halloween|valentine'?s day|pi day|leap day|(?:4th|fourth) of july|independence day|canada day|australia day|anzac day|mother'?s day|father'?s day|memorial day|labou?r day|bonfire night|guy fawkes|st\.? patrick'?s day|diwali|eid|hanukkah|rosh hashanah)\b/gi;

// Event dates identify nobody: conferences, drives, deadlines, awareness days, recruitment.
const EVENT_CONTEXT =
  /\b(?:conference|congress|summit|symposium|webinar|asm|meeting|journal club|grand rounds|heading to|see you|join (?:us|our)|come (?:by|say)|drill|drive|ride|walk|run|fundraiser|launch|deadline|starting|start date|residency|hiring|apply|retires?|retirement|awareness|world \w+ day|day is|awareness month|week is|clinic (?:is )?open|opens?|flu shots?|vaccine clinic|exam|boards|match day|graduation|published|out today|presenting|presented|plenary|keynote|abstract|session|poster|talk|lecture|class|course|training|tickets|free|no appointment|my (?:own|birthday)|anniversary|years? as an?)\b/i;

const CARE_CONTEXT =
  /\b(?:admit|admitted|admission|discharg|born|birth|deliver|died|passed|death|dob|surgery|operation|op\b|procedure|code|arrest|seizure|transfer|extubat|scope|brought in|came in|presented|injur|accident|crash|mvc|overdose|od\b|fell|fall|fracture|diagnos|pt|patient|bed|room|ward|icu|ed\b|er\b|a&e|resus)/i;

function severityFor(draft: Draft, frame: Frame, hit: Range, absolute: boolean): Severity | null {
  const window = around(draft, hit, 90, 60);
  if (EVENT_CONTEXT.test(window) && !(frame.individualPatient && CARE_CONTEXT.test(window))) return null;
  if (/\bdob\b|date of birth|\bborn\b/i.test(around(draft, hit, 20, 5)) && !frame.hypothetical && !(frame.selfOrFamily && !frame.individualPatient)) return 'high';
  if (!absolute || frame.hypothetical) return 'low';
  return frame.individualPatient && CARE_CONTEXT.test(window) ? 'medium' : 'low';
}

function validNumeric(value: string, draft: Draft, hit: Range): boolean {
  const parts = value.split(/[/.\-]/).map(Number);
  if (/^(?:19|20)\d\d-/.test(value)) return parts[1]! >= 1 && parts[1]! <= 12 && parts[2]! >= 1 && parts[2]! <= 31;
  const [a, b] = parts as [number, number];
  const monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  const dayMonth = b >= 1 && b <= 12 && a >= 1 && a <= 31;
  if (!monthDay && !dayMonth) return false;
  // 24/7, pain scores (8/10), ratios and dotted decimals are not dates.
  if (value === '24/7' || /^\d{1,2}\/10$/.test(value) || /^\d+\.\d+$/.test(value)) return false;
  if (/^\d{1,2}-\d{1,2}$/.test(value)) return false;
  const next = draft.lower.slice(hit.end, hit.end + 12);
  return !/^\s*(?:mg|mcg|ml|kg|units|puffs|tabs|pills|days|weeks|hours|hrs|min|times|pain|%|x\b|ratio|nurses?|patients?)/.test(next);
}

export const dateRecognizer: Recognizer = {
  id: 'date',
  phase: 'token',
  find: (draft, frame) => {
    const out: Candidate[] = [];
    const add = (hit: Range, absolute: boolean, id: string) => {
      const severity = severityFor(draft, frame, hit, absolute);
      if (severity) out.push(candidate(hit, 'date', severity, `date/${id}`, 'A date tied to someone\'s care (admission, birth, death, a shift) helps identify them.'));
    };
    for (const hit of matchAll(MONTH_DAY, draft.text)) {
      const value = draft.lower.slice(hit.start, hit.end);
      // "may" and "march" are also verbs; require a day that reads as one.
      if (/^(?:may|march)\b/.test(value) && !/\d(?:st|nd|rd|th)|\d,? (?:19|20)\d\d|^\w+ \d{1,2}$/.test(value)) continue;
      add(hit, true, 'month-day');
    }
    for (const hit of matchAll(NUMERIC, draft.text)) if (validNumeric(draft.text.slice(hit.start, hit.end), draft, hit)) add(hit, true, 'numeric');
    for (const hit of matchAll(BARE_ORDINAL, draft.text, 1)) add(hit, true, 'ordinal-day');
    for (const hit of matchAll(TRAILING_ORDINAL, draft.text, 1)) add(hit, true, 'ordinal-day');
    for (const hit of matchAll(HOLIDAY, draft.text)) add(hit, false, 'holiday');
    for (const hit of matchAll(WEEKDAY, draft.text)) add(hit, false, 'weekday');
    for (const hit of matchAll(RELATIVE, draft.text)) add(hit, false, 'relative-day');
    return out;
  },
  examples: {
    hits: [
      { text: 'Pt admitted 3/2, discharged 3/29, readmitted 4/1.', flagged: '3/29' },
      { text: 'She was discharged on 14/03, in the end.', flagged: '14/03' },
      { text: 'presented on June 2nd with what looked like colic', flagged: 'June 2nd' },
      { text: 'you came in on the 12th demanding antibiotics', flagged: '12th' },
      { text: 'Mrs. Greer (DOB 7/22/46) nailed her inhaler technique', flagged: '7/22/46' },
    ],
    misses: [
      'Heading to the ACEM ASM in Perth, 23–27 Nov!',
      'Journal club moved to Thurs 3/14 at noon.',
      'Lifeline is there 24/7.',
      'Pain was 10/10 all night.',
      'Our NICU opened in 2009.',
      'World Down Syndrome Day is 3/21.',
    ],
  },
};
