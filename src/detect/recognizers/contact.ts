import { after, before, matchAll, type Draft } from '../draft';
import type { Frame } from '../frame';
import { candidate, type Candidate, type Recognizer } from '../recognizer';
import type { Severity } from '../types';

/**
 * Contact details that belong to an individual: phone and fax numbers, e-mail addresses, personal
 * web pages and IP addresses. Public hotlines (911, 988, 999, 111, 000, 13 11 14, toll-free),
 * the author's or an organisation's own contact ("email me at", "call our office", "Referrals:
 * fax"), and journal or DOI links are not PHI.
 */

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b/g;
const PHONE =
  /(?<![\w\-–/.])(?:\+\d{1,3}[\s.\-–]?)?(?:\(\d{2,5}\)[\s.\-–]?)?\d{2,5}(?:[\s.\-–]\d{2,8}){1,3}(?![\w\-–/]|\.\d)/g;
// Starts only where a host name can start, so a long run of "a.a.a.a" is scanned once, not once per letter.
const URL =
  /(?<![a-z0-9.\-/@])(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|org|net|edu|gov|io|co|uk|ca|au|nz|ie|us|info|me|ly|app|blog|health|care|page|site|link)\b(?:\/[^\s)\]]*[^\s)\].,!?;:'"])?/gi;
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;

const HOTLINE = /^(?:911|988|9-8-8|999|111|000|112|13 ?11 ?14|1-?800-?273-?8255|1-?800-?222-?1222)$/;
const TOLL_FREE = /^(?:(?:\+?1[\s.\-–]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.\-–]?\d{3}[\s.\-–]?\d{4}|(?:\+?\d{1,3}[\s.\-–]?)?0?(?:800|808|300|845|870|1800|1300)[\s.\-–]?\d{3}[\s.\-–]?\d{3,4}|13[\s.\-–]?\d{2}[\s.\-–]?\d{2})$/;
const ORGANISATION_BEFORE =
  /\b(?:email me|e-mail me|dm me|contact me|reach me|message me|email us|call us|contact us|reach us|call our|text our|our (?:\w+ ){0,3}(?:office|line|desk|team|clinic|recruitment|unit)|office|reception|helpline|hotline|line|poison control|recruitment|careers|hr|info|free on|freephone|referrals?|apply|appointments?|bookings?|enquiries|inquiries|switchboard|main number|fax (?:referrals|us)|slides|paper|article|study|journal|read|website|more info|register|sign up|donate|tickets?)\b[^.!?\n]{0,40}$/;
const PERSONAL_BEFORE =
  /\b(?:his|her|their|patient'?s\b|patients'|pt'?s\b|mum'?s?|mom'?s?|dad'?s?|wife'?s?|husband'?s?|son'?s?|daughter'?s?|family'?s?|home|mobile|cell|personal|number on file|number in (?:his|her) (?:wallet|purse|phone)|ring (?:him|her|them)|call (?:him|her|them)|text (?:him|her|them)|emailed me from|sent (?:them|it) to|blog(?:ging)?|fundraiser|gofundme|updates|journey|follow (?:him|her|them|his|her))\b[^.!?\n]{0,40}$/;
const PERSONAL_PLATFORM =
  /^(?:https?:\/\/)?(?:www\.)?(?:instagram\.com|facebook\.com|fb\.com|tiktok\.com|twitter\.com|x\.com|youtube\.com\/@|threads\.net|snapchat\.com|gofundme\.com|caringbridge\.org|givealittle\.co\.nz|justgiving\.com|linktr\.ee|patreon\.com|onlyfans\.com|venmo\.com|cash\.app|linkedin\.com\/in)\/?\S+/i;
const SCHOLARLY = /(?:doi\.org|dx\.doi|nejm\.org|thelancet|jamanetwork|bmj\.com|pubmed|ncbi\.nlm|nih\.gov|who\.int|cdc\.gov|nhs\.uk|gov\.uk|\.gov\b|\.edu\b|clinicaltrials\.gov|cochrane|springer|wiley|elsevier|nature\.com|sciencedirect|medrxiv|biorxiv|bit\.ly|tinyurl|youtu\.be)/i;

function severityFor(draft: Draft, frame: Frame, range: { start: number; end: number }, base: Severity): Severity {
  const pre = before(draft, range, 80);
  if (PERSONAL_BEFORE.test(pre)) return 'high';
  if (ORGANISATION_BEFORE.test(pre) || frame.organisational) return 'low';
  return base;
}

function phones(draft: Draft, frame: Frame): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of matchAll(PHONE, draft.text)) {
    const value = draft.text.slice(hit.start, hit.end);
    const digits = value.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (HOTLINE.test(value.trim())) continue;
    // Year ranges (2019–2023), decimals and score ranges are not phone numbers.
    if (/^(?:19|20)\d\d\s?[\-–]\s?(?:19|20)?\d\d$/.test(value) || /^\d{1,3}[\-–]\d{1,3}$/.test(value)) continue;
    // A phone number needs a phone's shape: a +, parentheses, or groups of 3-5 digits ending in 4.
    if (!/^\+|\(/.test(value) && !/\d{3,5}[\s.\-–]\d{3,8}$/.test(value)) continue;
    const next = after(draft, hit, 12);
    if (/^\s*(?:mg|mcg|ml|kg|g\b|units|patients|people|visits|cases|adults|%|lb|oz|min|hours|days)/.test(next)) continue;
    const base: Severity = TOLL_FREE.test(value.trim()) ? 'low' : 'medium';
    out.push(candidate(hit, 'contact', severityFor(draft, frame, hit, base), 'contact/phone', 'A phone or fax number can lead straight to a patient or their family.'));
  }
  return out;
}

function emails(draft: Draft, frame: Frame): Candidate[] {
  return matchAll(EMAIL, draft.text).map((hit) => {
    const value = draft.text.slice(hit.start, hit.end).toLowerCase();
    const role = /^(?:[\w.+-]*[._-])?(?:info|careers?|jobs|hr|admin|contact|hello|enquiries|inquiries|office|admissions|referrals|press|media|support|help|recruit(?:ment|ing)?|research|team|clinic|pharmacy|reception|bookings?|appointments?)(?:[._-][\w.+-]*)?@/.test(value);
    return candidate(hit, 'contact', role ? 'low' : severityFor(draft, frame, hit, 'medium'), 'contact/email', 'An e-mail address names a person and can be used to reach them.');
  });
}

function urls(draft: Draft, taken: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of matchAll(URL, draft.text)) {
    if (taken.some((t) => t.start < hit.end && hit.start < t.end)) continue;
    const value = draft.text.slice(hit.start, hit.end);
    if (draft.text[hit.start - 1] === '@' || SCHOLARLY.test(value)) continue;
    const severity: Severity = PERSONAL_PLATFORM.test(value) || PERSONAL_BEFORE.test(before(draft, hit, 80)) ? 'high' : 'low';
    out.push(candidate(hit, 'contact', severity, 'contact/url', 'A personal page or fundraiser link leads to the patient and their family.'));
  }
  return out;
}

function ipAddresses(draft: Draft, frame: Frame): Candidate[] {
  return matchAll(IPV4, draft.text)
    .filter((hit) => !/\d\.$|\.\d/.test(draft.text.slice(hit.end, hit.end + 2)))
    .map((hit) => candidate(hit, 'contact', severityFor(draft, frame, hit, 'medium'), 'contact/ip-address', "An IP address can be traced to a patient's home."));
}

export const contactRecognizer: Recognizer = {
  id: 'contact',
  phase: 'token',
  find: (draft, frame) => {
    const found = [...emails(draft, frame), ...phones(draft, frame), ...ipAddresses(draft, frame)];
    return [...found, ...urls(draft, found)];
  },
  examples: {
    hits: [
      { text: 'the only number we have, 07700 900461, is dead', flagged: '07700 900461' },
      { text: 'ring her on 0491 570 156 to arrange a time', flagged: '0491 570 156' },
      { text: 'his number (555-0198) on a pudding lid', flagged: '555-0198' },
      { text: 'she emailed me from linda.howell@example.net at 2am', flagged: 'linda.howell@example.net' },
      { text: 'his family posts updates at caringbridge.org/visit/frankmorales', flagged: 'caringbridge.org/visit/frankmorales' },
      { text: 'IT says his home IP 198.51.100.73 is blocked', flagged: '198.51.100.73' },
    ],
    misses: [
      'If you are struggling, call or text 988.',
      'Lifeline is 13 11 14, 24/7.',
      'Poison Control: 1-800-222-1222.',
      'Best thing I read: nejm.org/doi/full/10.1056/NEJMp2499999',
      'In our cohort (2019–2023), readmissions fell.',
    ],
  },
};
