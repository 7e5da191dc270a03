import { around, before, matchAll, type Draft, type Range } from '../draft';
import { mentionsIndividualPatient, type Frame } from '../frame';
import { candidate, type Candidate, type Recognizer } from '../recognizer';
import type { Severity } from '../types';

/**
 * Places smaller than a state that put a patient somewhere: street addresses, ZIP and postcodes,
 * roads and junctions, towns and counties, facilities, and the unit, ward, room, bed or bay.
 * Alone, a ward or a town is a quasi-identifier (`low`); in a post about one patient it is
 * `medium`, and a street address or postcode is `medium` on its own.
 */

const CAP = String.raw`[A-Z][a-zA-Z'’-]+`;
// Where a capitalised word can start: \b would also start one after every apostrophe or hyphen, so
// "A-A-A-…" would be rescanned from each letter (recheck found this).
const WORD_START = String.raw`(?<![A-Za-z0-9'’-])`;
const STREET_TYPES = String.raw`(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Ln|Dr|Drive|Terrace|Tce|Way|Hwy|Highway|Court|Ct|Place|Pl|Crescent|Cres|Close|Parkway|Pkwy|Square|Sq|Row|Grove|Gardens|Mews|Hill)`;

const PATTERNS: Array<{ id: string; pattern: RegExp; base: Severity; group?: number }> = [
  // Room, bed, bay, cubicle, ward: "room 418", "MICU bed 9", "Ward 4B", "trauma bay 1".
  { id: 'room-bed', base: 'low', pattern: /\b(?:(?:[A-Z]{2,5}|trauma|resus|sim) )?(?:room|rm|bed|bay|cubicle|cubie|cube|ward|unit|pod|side room|bedspace|stall|exam room|suite|isolation room|iso room) ?#?\d{1,4}[A-Z]?\b/gi },
  { id: 'unit-name', base: 'low', pattern: /\b\d{1,2} ?(?:North|South|East|West|Tower|[NSEW])\b(?: ?-? ?\d{1,3})?/g },
  { id: 'unit-code', base: 'low', pattern: /\b\d{1,2}[A-Z]{1,2}-\d{1,3}\b/g },
  { id: 'unit-code', base: 'low', pattern: /\b(?:in|on) (\d{1,2}[A-Z])\b(?= |[.,])/g, group: 1 },
  { id: 'street-address', base: 'medium', pattern: new RegExp(String.raw`\b\d{1,5}[A-Z]? (?:[NSEW]\.? )?(?:${CAP} ){1,3}${STREET_TYPES}\b\.?`, 'g') },
  { id: 'street', base: 'low', pattern: new RegExp(String.raw`${WORD_START}(?:${CAP} ){1,2}${STREET_TYPES}\b\.?`, 'g') },
  { id: 'junction', base: 'low', pattern: /\b(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+) and (?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)(?= (?:St|Ave)|\b(?= for| at| in|[.,]))/g },
  { id: 'road-number', base: 'low', pattern: /\b(?:(?:I|US|SR|M|A|N|Hwy|Highway|Route|Rte|Interstate)-? ?\d{1,4}(?: (?:at|near) exit \d{1,4})?|(?:[A-Z][a-z]+ )?Hwy|Trans-Canada|exit \d{1,4})\b/g },
  { id: 'zip-cued', base: 'medium', pattern: /\b(?:zip|zip code|postcode|post code|postal code)\s*(?::\s*)?([A-Z0-9]{3,5}(?:[ -][A-Z0-9]{3,4})?)\b/gi, group: 1 },
  { id: 'zip-after-verb', base: 'low', pattern: /\b(?:lives?|living|lived|from|moved to) (?:in )?(?:zip(?: code)? )?(\d{5})(?![\d,.])/gi, group: 1 },
  { id: 'zip-after-state', base: 'medium', pattern: /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),? (\d{5}(?:-\d{4})?)\b/g, group: 1 },
  { id: 'uk-postcode', base: 'medium', pattern: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/g },
  { id: 'ca-postcode', base: 'medium', pattern: /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/g },
  { id: 'county', base: 'low', pattern: new RegExp(String.raw`${WORD_START}(?:${CAP} ){1,2}(?:County|Parish|Borough|Township|Shire)\b`, 'g') },
  {
    id: 'facility',
    base: 'low',
    pattern: new RegExp(
      String.raw`${WORD_START}(?:St\.? |Saint )?(?:${CAP} ){1,3}(?:General|Hospital|Infirmary|Medical Cent(?:er|re)|Health Cent(?:er|re)|Birth(?:ing)? (?:Cent(?:er|re)|[Uu]nit)|(?:[Mm]aternity|[Dd]ialysis|[Bb]urns|[Ss]troke|[Rr]ehab) (?:[Uu]nit|[Cc]ent(?:er|re)|[Ww]ard)|Clinic|Hospice|Nursing Home|Care Home|Elementary|Primary|High School|Middle School|Academy|Park|Mall|Shopping Cent(?:er|re)|Plaza|Station|Stadium|Arena|ICU|ED|Prison|Jail)\b|\bSt\.? [A-Z][a-z]+'s\b`,
      'g',
    ),
  },
  { id: 'place-on-street', base: 'low', pattern: new RegExp(String.raw`${WORD_START}(?:the )?(?:${CAP}(?:'s)? )(?:\w+ ){0,2}(?:on|at) (?:${CAP} ?){1,2}(?:${STREET_TYPES}\b)?`, 'g') },
  { id: 'shop-centre', base: 'low', pattern: new RegExp(String.raw`${WORD_START}${CAP} (?:shopping cent(?:er|re)|mall|parking lot|car park|train station|bus station)\b`, 'gi') },
];

// "from Hebden Bridge", "in Kanata", "near Millbrook": a capitalised place after a preposition.
const PLACE_AFTER_PREPOSITION = new RegExp(String.raw`\b(?:from|in|near|at|outside|of) ((?:${CAP})(?: ${CAP})?(?:, (?:${CAP})(?: ${CAP})?)?)`, 'g');
const NOT_A_PLACE = /^(?:I|A|An|The|This|That|My|Our|His|Her|Their|Your|We|He|She|They|It|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs?|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Christmas|Easter|Thanksgiving|Dr|Mr|Mrs|Ms|Pt|Patient|Nurse|Doctor|ICU|ED|ER|OR|PICU|NICU|MICU|CCU|A&E|L&D|Ward|Room|Bed|Bay|Unit|God|COVID|Covid|English|Greek|Spanish|French|Twitter|LinkedIn|Facebook|Instagram|TikTok|YouTube|Google|All|Every|Some|No|Yes|Hi|Hello|Thanks|Happy|Congrats|Congratulations|Total|Full|Final|First|Last|Next|Grand|Journal|General|Medicine|Surgery|Nursing|Pharmacy|Emergency|Family|Internal|Pediatrics|Paediatrics|Cardiology|Oncology|Neurology|Radiology|Psychiatry|Hospice|Palliative|Primary|Critical|Intensive|Care|Health|Research|Public|Ontario|Alberta|Quebec|Texas|California|Florida|England|Scotland|Wales|Ireland|Canada|Australia|America|USA|US|UK|NHS|Europe|Africa|Asia|India|China|Mexico|New Zealand|Orlando|Vancouver|Perth|Denver|Omaha|Tulsa|Seattle|Albuquerque|Halifax|Boise|Calgary|Adelaide|Sydney|Melbourne|Toronto|London|Paris|Boston|Chicago)$/;

/** "the Target on Elm", "McDonald's on Broad St": a venue, then a street-like capitalised name. */
function plausibleVenue(text: string): boolean {
  const words = text.replace(/^the /i, '').split(' ');
  const venue = words[0]!.replace(/['’]s$/, '');
  const place = words[words.findIndex((w) => w === 'on' || w === 'at') + 1] ?? '';
  return !NOT_A_PLACE.test(venue) && !/^[A-Z]{2,}$/.test(venue) && /^[A-Z][a-z]/.test(place) && !/-/.test(place) && !NOT_A_PLACE.test(place);
}

function contextual(draft: Draft, frame: Frame, hit: Range, base: Severity): Severity {
  if (frame.hypothetical || (frame.selfOrFamily && !frame.individualPatient)) return 'low';
  const window = around(draft, hit, 120, 60);
  if (/\b(?:colleague|condolence|retir\w*|our (?:team|staff)|ward sister|charge nurse|ward manager|donations)\b/.test(window)) return 'low';
  const aboutPatient = mentionsIndividualPatient(window) || /\b(?:his|her|their) (?:mum|mom|dad|wife|husband|family|daughter|son)\b|\bwith us\b|\bon our ward\b/.test(window);
  if (!aboutPatient) return base === 'medium' && frame.individualPatient ? 'medium' : 'low';
  return 'medium';
}

function placesAfterPrepositions(draft: Draft): Array<Range & { id: string }> {
  const out: Array<Range & { id: string }> = [];
  for (const hit of matchAll(PLACE_AFTER_PREPOSITION, draft.text, 1)) {
    // Keep the leading words that can be a place: "Kanata Thanksgiving" is just "Kanata".
    const all = draft.text.slice(hit.start, hit.end).split(/(,? )/);
    let text = '';
    for (let i = 0; i < all.length; i += 2) {
      const word = all[i]!;
      if (NOT_A_PLACE.test(word) || NOT_A_PLACE.test(word.replace(/['’]s$/, ''))) break;
      text += (i > 0 ? all[i - 1]! : '') + word;
    }
    if (text === '') continue;
    const words = text.split(/,? /);
    hit.end = hit.start + text.length;
    // A capitalised word right after a sentence start is often not a name of a place ("In Hinton" is).
    if (/^[A-Z]{2,}$/.test((words[0] ?? '').replace(/[^A-Za-z]/g, ''))) continue;
    out.push({ ...hit, id: 'town' });
  }
  return out;
}

export const locationRecognizer: Recognizer = {
  id: 'location',
  phase: 'token',
  find: (draft, frame) => {
    const out: Candidate[] = [];
    const reason = 'A place smaller than a state (a ward, a street, a town) narrows down who the patient is.';
    for (const { id, pattern, base, group } of PATTERNS) {
      for (const hit of matchAll(pattern, draft.text, group ?? 0)) {
        if (id === 'place-on-street' && !plausibleVenue(draft.text.slice(hit.start, hit.end))) continue;
        if (id === 'room-bed' && /\b(?:conference|meeting|break|sim|class|lecture|board|staff|waiting) (?:room|unit)\b/i.test(before(draft, hit, 14) + draft.text.slice(hit.start, hit.end))) continue;
        // "in bed 4" is flagged as "bed 4": the preposition is not part of the place.
        const lead = /^(?:in|on|at|to|into|onto|from|the|my|our|his|her) /i.exec(draft.text.slice(hit.start, hit.end))?.[0].length ?? 0;
        const range = { start: hit.start + (/^[a-z]/.test(draft.text[hit.start] ?? '') ? lead : 0), end: hit.end };
        out.push(candidate(range, 'location', contextual(draft, frame, range, base), `location/${id}`, reason));
      }
    }
    for (const hit of placesAfterPrepositions(draft)) {
      if (out.some((c) => c.start <= hit.start && hit.end <= c.end)) continue;
      const severity = contextual(draft, frame, hit, 'low');
      out.push(candidate(hit, 'location', severity === 'medium' && !frame.individualPatient ? 'low' : severity, 'location/town', reason));
    }
    return out;
  },
  examples: {
    hits: [
      { text: 'The idiot in bed 2 pulled his IV out again', flagged: 'bed 2' },
      { text: '72yo pt on Ward 4B this week', flagged: 'Ward 4B' },
      { text: 'A family of 5 from ZIP 83651 came in Sunday', flagged: '83651' },
      { text: 'the older gentleman we picked up on Elm St last night', flagged: 'Elm St' },
      { text: 'a 17F walks into our little ER in Hinton', flagged: 'Hinton' },
    ],
    misses: ['So proud of Ward 7B for winning Team of the Year!', 'Heading to the ASM in Perth next week.', 'Journal club moved to conference room 4B.'],
  },
};
