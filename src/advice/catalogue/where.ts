import type { AdviceItem } from '../types';

/** Advice on details that locate or reach a person: places, contact details, numbers. */

export const LOCATION: AdviceItem[] = [
  { id: 'location-below-state', jurisdiction: 'us', source: 'hipaaSafeHarbor',
    advice: 'Name no place smaller than a state: no street, town, county or ZIP code.',
    why: 'Safe Harbor bars every geographic unit below the state, apart from a broad 3-digit ZIP prefix.' },
  { id: 'location-ward-uk', jurisdiction: 'uk', source: 'gmc2024',
    advice: 'Leave out the hospital, unit, ward, room and bed.',
    why: 'Each narrows who the patient could be under the GMC’s “sum of information” test.' },
  { id: 'location-room-uk', jurisdiction: 'uk', source: 'gmc2024', refinement: 'name-with-room',
    advice: 'A room or bed number next to a name identifies one patient: remove the number and the name.',
    why: 'Staff, visitors and relatives can match a bed to a person at once.' },
  { id: 'location-one-fact-ca', jurisdiction: 'ca', source: 'cpsnb',
    advice: 'Do not pair a patient’s town or area with even one clinical fact.',
    why: 'The New Brunswick College warns that place plus one fact can be enough for people who know them.' },
  { id: 'location-residence-ca', jurisdiction: 'ca', source: 'cpsoDialogue44',
    advice: 'Keep the patient’s area of residence out of the story.',
    why: 'CPSO lists where a patient lives among the details that identify an unnamed patient.' },
];

export const CONTACT: AdviceItem[] = [
  { id: 'contact-identifiers', jurisdiction: 'us', source: 'hipaaSafeHarbor',
    advice: 'Remove phone and fax numbers, email and web addresses, and IP addresses.',
    why: 'Each is a separate identifier on HIPAA’s Safe Harbor list.' },
  { id: 'contact-established', jurisdiction: 'us', source: 'acpFsmb',
    advice: 'Message patients only within an established relationship, with consent, and record it in the chart.',
    why: 'ACP and FSMB set these conditions for electronic contact with patients.' },
  { id: 'contact-personal-site', jurisdiction: 'us', source: 'fsmb2012',
    advice: 'Move any talk of a patient’s treatment off your personal profile.',
    why: 'FSMB guidance says personal social sites are not the place for it.' },
  { id: 'contact-boundaries-uk', jurisdiction: 'uk', source: 'gmc2013',
    advice: 'If a patient reaches you on a personal profile, point them to your professional channels.',
    why: 'The GMC asks doctors not to mix social and professional relationships.' },
  { id: 'contact-boards', jurisdiction: 'us', source: 'greysen2012',
    advice: 'Keep contact with patients on channels your workplace approves.',
    why: '69% of responding US medical boards had reports of inappropriate online contact with patients.' },
];

export const IDENTIFIER: AdviceItem[] = [
  { id: 'identifier-list', jurisdiction: 'us', source: 'hipaaSafeHarbor',
    advice: 'Remove record, account, plan, licence, device and vehicle numbers, and any other unique code.',
    why: 'Safe Harbor lists all of them, plus “any other unique number, characteristic or code”.' },
  { id: 'identifier-partial', jurisdiction: 'us', source: 'hhsDeidentification',
    advice: 'Do not shorten a number to its last digits: remove it.',
    why: 'HHS treats the last four digits of an SSN as still derived from the person.' },
  { id: 'identifier-insurance', jurisdiction: 'us', source: 'ocrNewVision',
    advice: 'Keep insurance details and charges out of any reply to a patient.',
    why: 'OCR found insurance details among what practices disclosed in replies to online reviews.' },
  { id: 'identifier-penalties', jurisdiction: 'us', source: 'hipaaPenalties',
    advice: 'Treat every patient number as protected: each disclosure can count as its own violation.',
    why: 'HIPAA civil penalties apply per violation, up to $1.5M a year for identical ones.' },
  { id: 'identifier-consent-uk', jurisdiction: 'uk', source: 'optometrists',
    advice: 'Share identifiable details only with explicit, recorded consent, even in closed groups.',
    why: 'UK guidance says closed sites do not change the need for consent.' },
  { id: 'identifier-au', jurisdiction: 'au', source: 'ahpraGuidance',
    advice: 'Apply your confidentiality duties online exactly as at work.',
    why: 'Ahpra may act where a post breaches privacy or confidentiality.' },
];
