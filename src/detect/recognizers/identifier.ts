import { matchAll, type Draft } from '../draft';
import { formattedIdentifiers } from '../formats/identifier-formats';
import { candidate, type Candidate, type Recognizer } from '../recognizer';

/**
 * Direct identifiers (HIPAA Safe Harbor: SSN, medical record, health plan, account, licence,
 * vehicle, device and any other unique number). Two routes:
 * - a cue word ("MRN", "member ID", "rego", "NHS no.") shortly before a number-bearing token;
 * - a format that validates on its own (SSN ranges, NHS modulus 11, Australian Medicare,
 *   Luhn for cards and Canadian health cards, US MBI, IBAN).
 * Reference numbers that identify no person (DOI, PMID, ISBN, trial ids, ICD-10, grants, lots) are
 * never cues, and numbers with units (doses, labs) never form tokens.
 */

const CUES = [
  String.raw`mrn`,
  String.raw`m\.r\.n\.?`,
  String.raw`medical record`,
  String.raw`med ?rec`,
  String.raw`chart`,
  String.raw`hosp(?:ital)?\.? (?:no|num|number|#|id)`,
  String.raw`(?:patient|pt) (?:id|number|no)`,
  String.raw`unit (?:number|no)`,
  String.raw`ur (?:number|no)`,
  String.raw`accession`,
  String.raw`account`,
  String.raw`acct`,
  String.raw`claim`,
  String.raw`invoice`,
  String.raw`rx`,
  String.raw`prescription`,
  String.raw`script (?:no|number|#)`,
  String.raw`member(?:ship)? (?:id|number|no)`,
  String.raw`subscriber (?:id|number)`,
  String.raw`policy (?:number|no|#)`,
  String.raw`health ?plan (?:id|number|no)`,
  String.raw`insurance (?:id|number|no)`,
  String.raw`medicaid`,
  String.raw`medicare`,
  String.raw`mbi`,
  String.raw`nhs (?:no|number|num|#)`,
  String.raw`chi (?:no|number)`,
  String.raw`ohip`,
  String.raw`health (?:card|number)`,
  String.raw`phn`,
  String.raw`ihi`,
  String.raw`ssn`,
  String.raw`social security`,
  String.raw`social insurance`,
  String.raw`national insurance`,
  String.raw`ni number`,
  String.raw`licen[cs]e`,
  String.raw`driver'?s? licen[cs]e`,
  String.raw`plate`,
  String.raw`rego`,
  String.raw`(?:car |vehicle )?reg`,
  String.raw`ppsn?`,
  String.raw`pps (?:no|number)`,
  String.raw`nhi`,
  String.raw`ihi`,
  String.raw`hcn`,
  String.raw`nric`,
  String.raw`mykad`,
  String.raw`registration`,
  String.raw`vin`,
  String.raw`serial`,
  String.raw`s\/n`,
  String.raw`sn`,
  String.raw`device id`,
  String.raw`imei`,
  String.raw`incident`,
  String.raw`case (?:no|number|#)`,
  String.raw`encounter`,
  String.raw`visit (?:no|number|#)`,
  String.raw`passport`,
  String.raw`certificate`,
  String.raw`iban`,
  String.raw`fin`,
  String.raw`csn`,
];

// Cue, then up to a few filler words ("no.", "number", "is", "#", ":"), then the token.
const FILLER = String.raw`(?:[\s:#.,\-–(]|\b(?:no|num|number|id|is|was|of|card|plate|#)\b){0,6}`;
// Groups of letters/digits joined by single separators; each space-joined group must hold a digit.
const TOKEN = String.raw`(?:[A-Z]{2,4} \d{3,5}[A-Z]?\b|[A-Z]{0,4}[\-–]?\d[A-Z\d]*(?:[\-–./][A-Z\d]+)*(?: (?=[A-Z]{0,3}\d)[A-Z\d]+(?:[\-–][A-Z\d]+)*){0,15}|[A-Z\d]{2,5}\d[A-Z\d]*)`;
const CUED = new RegExp(String.raw`\b(?:${CUES.join('|')})s?\b${FILLER}(${TOKEN})`, 'gi');
// A cue with a short aside before the number in brackets: "licence in the driver's wallet (D4410-88215)".
const CUED_ASIDE = new RegExp(String.raw`\b(?:${CUES.join('|')})s?\b[^.!?\n()]{1,40}\((${TOKEN})\)`, 'gi');
// A cue, a short aside, then an unmistakable identifier (letters and at least five digits, or digit groups).
const CUED_LATER = new RegExp(String.raw`\b(?:${CUES.join('|')})s?\b[^.!?\n]{1,40}?[\s,:]((?=[A-Z\d\-–]*\d(?:[^\d\s]*\d){4})[A-Z]{0,4}[\-–]?\d[A-Z\d]*(?:[\-–][A-Z\d]+)+|[A-Z]{1,4}\d{5,}[A-Z]?)\b`, 'gi');

// A token made of a dose, a lab value or a year is no identifier.
const NOT_AN_ID = /^(?:\d{1,4}(?:\.\d+)?|(?:19|20)\d\d|\d+(?:mg|mcg|ml|kg|g|mmol|units?|iu|%)|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)$/i;
const REFERENCE_BEFORE = /\b(?:doi|pmid|pmcid|isbn|issn|nct|isrctn|icd(?:-?10)?|cpt|grant|r01|k23|lot|batch|version|v)\s*[:#]?\s*$/i;

/** A number-bearing token after an identifier cue. */
function cuedIdentifiers(draft: Draft): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of [...matchAll(CUED, draft.text, 1), ...matchAll(CUED_ASIDE, draft.text, 1), ...matchAll(CUED_LATER, draft.text, 1)]) {
    if (out.some((c) => c.start < hit.end && hit.start < c.end)) continue;
    const token = draft.text.slice(hit.start, hit.end).replace(/[.\-–/]+$/, '');
    const range = { start: hit.start, end: hit.start + token.length };
    const digits = token.replace(/\D/g, '');
    if (digits.length < 2 || NOT_AN_ID.test(token)) continue;
    // Two-digit tokens only count for vehicle plates, which are short ("CX44PL").
    if (digits.length < 4 && !/^(?:plate|rego|registration|licen)/i.test(hit.match[0])) continue;
    if (REFERENCE_BEFORE.test(draft.text.slice(Math.max(0, hit.match.index - 8), hit.match.index))) continue;
    out.push(candidate(range, 'identifier', 'high', 'identifier/cued-number', `A ${describeCue(hit.match[0])} identifies one patient directly.`));
  }
  return out;
}

function describeCue(match: string): string {
  const lower = match.toLowerCase();
  if (/ssn|social/.test(lower)) return 'Social Security number';
  if (/nhs|ohip|medicare|medicaid|health|phn|chi|ihi|mbi/.test(lower)) return 'health service number';
  if (/member|policy|plan|insurance|subscriber|claim/.test(lower)) return 'health plan number';
  if (/plate|rego|registration|vin|licen/.test(lower)) return 'licence or vehicle number';
  if (/serial|device|imei|s\/n/.test(lower)) return 'device serial number';
  if (/account|acct|invoice/.test(lower)) return 'account number';
  return 'record number';
}

export const identifierRecognizer: Recognizer = {
  id: 'identifier',
  phase: 'token',
  find: (draft) => [...cuedIdentifiers(draft), ...formattedIdentifiers(draft)],
  examples: {
    hits: [
      { text: 'Whoever left a census printout with MRN 00452318 on a table', flagged: '00452318' },
      { text: 'Her member ID XJH904417352 was denied again', flagged: 'XJH904417352' },
      { text: 'Chasing the CT report for hosp no. K2204559 again', flagged: 'K2204559' },
      { text: 'found an SSN 219-09-9998 on a sticky note', flagged: '219-09-9998' },
      { text: 'bloods for 943 476 5919 never came back', flagged: '943 476 5919' },
      { text: 'his card 2428 77813 2 pulled up the wrong record', flagged: '2428 77813 2' },
      { text: 'the ute (rego CX44PL) is still in the ditch', flagged: 'CX44PL' },
      { text: 'pacemaker serial PJN443120H checked today', flagged: 'PJN443120H' },
      { text: 'card 4111 1111 1111 1111 on the form', flagged: '4111 1111 1111 1111' },
    ],
    misses: [
      'Full text: doi.org/10.1001/jamanetworkopen.2024.99999',
      'Our case series is out, PMID 39123456.',
      'Now enrolling: NCT05512345',
      'E11.9 is not a catch-all; E11.22 and E11.65 exist.',
      'Our R01 (HL-172345) has been funded!',
      'Recall alert: lot #24B118 of eye drops',
      'INR of 5.1, K of 6.8, BP 120/80, 800mg ibuprofen',
      'Fax referrals to 1-902-555-0148',
    ],
  },
};
