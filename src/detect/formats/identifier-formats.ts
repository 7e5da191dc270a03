import { before, matchAll, type Draft, type Range } from '../draft';
import { auMedicareValid, ibanValid, luhnValid, mbiShaped, nhiValid, nhsNumberValid, ppsnValid, ssnPlausible } from '../checksums';
import { candidate, type Candidate } from '../recognizer';

/**
 * Identifier formats that validate on their own, whatever the words around them: SSN ranges, NHS
 * modulus 11, Australian Medicare, Luhn (cards, Canadian health cards), US MBI, NZ NHI, Irish PPSN,
 * UK plates, IBAN. Each format's authority is the check-digit function it names (checksums.ts).
 */

const PHONE_CUE = /\b(?:ring|call|phone|tel|telephone|mobile|cell|text|whatsapp|fax|number|no\.?|on)\b[^\d]{0,12}$/i;

interface Format {
  id: string;
  /** Digit groups that a phone number can share; skipped after a phone cue. */
  phoneShaped?: boolean;
  pattern: RegExp;
  valid: (match: string) => boolean;
  reason: string;
}

const digitsOnly = (s: string) => s.replace(/\D/g, '');

// Digits may be split by single spaces, dots or dashes ("912 44 0087", "999.031.7742").
const FORMATS: Format[] = [
  {
    id: 'us-ssn',
    pattern: /(?<![\d\-–])\d{3}([\-–.]|\s)\d{2}\1\d{4}(?![\d\-–])/g,
    valid: (m) => ssnPlausible(digitsOnly(m)),
    reason: 'A Social Security number identifies a person directly.',
  },
  {
    id: 'uk-nhs-number',
    phoneShaped: true,
    pattern: /(?<![\d\-–])\d{3}([\-–. ]?)\d{3}\1\d{4}(?![\d\-–])/g,
    valid: (m) => nhsNumberValid(digitsOnly(m)),
    reason: 'This is a valid NHS number, which identifies one patient.',
  },
  {
    id: 'au-medicare',
    phoneShaped: true,
    pattern: /(?<![\d\-–])[2-6]\d{3}([\-–. ]?)\d{5}\1\d(?:[\-–/ ]?\d)?(?![\d\-–])/g,
    valid: (m) => auMedicareValid(digitsOnly(m)),
    reason: 'This is a valid Australian Medicare number.',
  },
  {
    id: 'ca-health-card',
    phoneShaped: true,
    pattern: /(?<![\d\-–])\d{4}([\-–. ]?)\d{3}\1\d{3}(?:[\-– ]?[A-Z]{2})?(?![\d\-–])/g,
    valid: (m) => luhnValid(digitsOnly(m)),
    reason: 'This looks like a Canadian health card number (its check digit is valid).',
  },
  {
    id: 'payment-card',
    pattern: /(?<![\d\-–])(?:\d{4}[\-– ]?){3}\d{1,4}(?:[\-– ]?\d{3})?(?![\d\-–])/g,
    valid: (m) => digitsOnly(m).length >= 13 && digitsOnly(m).length <= 19 && luhnValid(digitsOnly(m)),
    reason: 'A payment card number identifies a person and their account.',
  },
  {
    id: 'us-mbi',
    pattern: /\b[1-9][A-Z][A-Z\d]\d-?[A-Z][A-Z\d]\d-?[A-Z]{2}\d{2}\b/g,
    valid: (m) => mbiShaped(m.replace(/-/g, '')),
    reason: 'This has the format of a US Medicare Beneficiary Identifier.',
  },
  {
    id: 'nz-nhi',
    pattern: /\b[A-HJ-NP-Z]{3}\d{4}\b/g,
    valid: nhiValid,
    reason: 'This is a valid New Zealand National Health Index number.',
  },
  {
    id: 'ie-ppsn',
    pattern: /\b\d{7}[A-W][ABWTXZ]?\b/g,
    valid: ppsnValid,
    reason: 'This is a valid Irish PPS number.',
  },
  {
    id: 'uk-vehicle-plate',
    pattern: /\b[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}\b/g,
    valid: (m) => !/^[A-Z]{2}\d{2}(?:MG|ML|KG)/.test(m),
    reason: 'A vehicle registration can be traced to its owner.',
  },
  {
    id: 'iban',
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,4})?\b/g,
    valid: ibanValid,
    reason: 'A bank account number (IBAN) identifies a person.',
  },
];

/** Numbers whose own format and check digit mark them as identifiers. */
export function formattedIdentifiers(draft: Draft): Candidate[] {
  const out: Candidate[] = [];
  for (const format of FORMATS) {
    for (const hit of matchAll(format.pattern, draft.text)) {
      const value = draft.text.slice(hit.start, hit.end);
      // Ten digits after "ring her on" are a phone number, whatever their check digit says.
      if (format.phoneShaped && PHONE_CUE.test(before(draft, hit, 30))) continue;
      if (format.valid(value)) out.push(candidate(hit as Range, 'identifier', 'high', `identifier/${format.id}`, format.reason));
    }
  }
  return out;
}
