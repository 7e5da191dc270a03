import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/detect';

/** Presidio-style table: each line a draft and the text the engine must (or must not) flag. */
const flaggedAs = (text: string, category: string) =>
  analyze(text)
    .findings.filter((f) => f.category === category && f.severity !== 'low')
    .map((f) => text.slice(f.start, f.end));

describe('identifiers', () => {
  it.each([
    ['Third time chasing the CT for hosp no. K2204559.', 'K2204559'],
    ['Can someone follow up the troponin on med rec #4471-22?', '4471-22'],
    ['Medicaid ID – YH40028117 – came back not found', 'YH40028117'],
    ['Account 00391-22874, if anyone in revenue cycle can explain', '00391-22874'],
    ['Plate 8RTK442 if her family is looking for the car', '8RTK442'],
    ['Incident 24-118307 – a 3-week-old not breathing', '24-118307'],
    ['Spent 40 min on hold for NHS no. 999 031 7742 today', '999 031 7742'],
    ['OHIP card 9087-654-321-AB flagged as expired', '9087-654-321-AB'],
    ['SSN 912-44-0087 on a sticky note', '912-44-0087'],
    ['his MBI is 1EG4-TE5-MK73 apparently', '1EG4-TE5-MK73'],
    ['Mr T, 943 476 5919, is waiting for his bloods', '943 476 5919'],
    ['your Rx #6632019 has been ready since Monday', '6632019'],
  ])('flags %j', (text, expected) => {
    expect(flaggedAs(text, 'identifier')).toContain(expected);
  });

  it.each([
    'Full text: doi.org/10.1001/jamanetworkopen.2024.99999',
    'Our case series is out 🎉 PMID 39123456.',
    'Now enrolling: NCT05512345',
    'CDI tip: E11.9 is not a catch-all; E11.22, E11.40, E11.65 exist.',
    'Our R01 (HL-172345) has been funded by the NHLBI!',
    'Recall alert: lot #24B118 of the eye drops we stock',
    'K of 6.8, INR 5.1, BP 120/80, 800mg ibuprofen 3x a day',
    'ISBN 978-0-306-40615-7 is the new edition',
    'Non-compliant diabetic #47 of the week.',
  ])('does not flag an identifier in %j', (text) => {
    expect(flaggedAs(text, 'identifier')).toEqual([]);
  });

  it('reads a number split by spaces, dots or dashes as one identifier', () => {
    expect(flaggedAs('SSN 912 44 0087 on the form', 'identifier')).toContain('912 44 0087');
    expect(flaggedAs('NHS number 943.476.5919', 'identifier')).toContain('943.476.5919');
  });
});

describe('contacts', () => {
  it.each([
    ['the only number we have, 07700 900461, is dead', '07700 900461'],
    ['number on file (+44 7700 900812) is disconnected', '+44 7700 900812'],
    ['the number in his wallet for his daughter is (208) 555-0143', '(208) 555-0143'],
    ['I sent them to ghoward62@example.com, let me know', 'ghoward62@example.com'],
    ['his mama posts updates at instagram.com/tiny_warrior_theo', 'instagram.com/tiny_warrior_theo'],
    ['the fundraiser is here: gofundme.com/f/aria-brave-bubbles-fund', 'gofundme.com/f/aria-brave-bubbles-fund'],
  ])('flags %j', (text, expected) => {
    expect(flaggedAs(text, 'contact')).toContain(expected);
  });

  it.each([
    'In the US, call or text 988.',
    'Call Triple Zero (000) or NHS 111.',
    'Poison Control: 1-800-222-1222.',
    'Questions? Call our nurse recruitment office at (208) 555-0188',
    'Referrals: fax 1-902-555-0148',
    'email me at j.okafor@example.org with your availability',
    'Slides are up: bit.ly/sepsis-gr-slides',
    'Read it here: nejm.org/doi/full/10.1056/NEJMp2499999',
    'From 2019–2023, readmissions fell from 18.2% to 12.7%.',
  ])('does not flag a contact in %j', (text) => {
    expect(flaggedAs(text, 'contact')).toEqual([]);
  });
});
