import { matchAll, sentenceAt, type Draft, type Range } from '../draft';
import { candidate, type Candidate, type Recognizer } from '../recognizer';
import { isKnownName } from './people-cache';

/**
 * Individual medical advice given in public: a reply to a named person (an @handle, "Priya, ...",
 * "to the connection who messaged me") that tells them to start, stop, change or skip a medicine
 * or to stay away from care. General health education to everyone ("don't stop antidepressants
 * abruptly; talk to your prescriber") and pointing someone to care are not.
 */

const DRUG_SUFFIX = String.raw`[a-z]+(?:olol|pril|sartan|statin|azepam|zolam|pam|mycin|cillin|cycline|floxacin|prazole|tidine|triptan|oxetine|dipine|done|codone|morphine|parin|xaban|gatran|gliptin|glutide|formin|lukast|olone|sone|azole|vir|mab|nib|tropin|pramine|triptyline|zepine|peridol|apine|setron|profen|fenac|coxib|semide|thiazide|actone)`;
const DRUG_NAMES = String.raw`(?:tylenol|advil|motrin|aleve|ibuprofen|paracetamol|acetaminophen|aspirin|calpol|nurofen|panadol|phenergan|benadryl|zyrtec|claritin|xanax|valium|ativan|klonopin|keflex|augmentin|amoxil|cipro|eliquis|xarelto|coumadin|warfarin|lantus|humalog|novolog|insulin|metformin|ozempic|mounjaro|wegovy|prednisone|pred|steroids?|antibiotics?|inhaler|puffer|ventolin|albuterol|salbutamol|epipen|melatonin|creatine|labetalol|metoprolol|amlodipine|sertraline|zoloft|prozac|lexapro|lamotrigine|lithium|adderall|ritalin|oxy|percocet|vicodin|tramadol|codeine|gabapentin|lyrica|viagra|cialis|plan b|birth control|the pill|antihistamines?|decongestants?|meds|medication|medicine|pills?|tablets?|dose|doses)`;
const DRUG = new RegExp(String.raw`\b(?:${DRUG_NAMES}|${DRUG_SUFFIX})\b`, 'i');

// Phrases that steer someone away from care ("no need to", "skip the", "wouldn't bother").
const AVOID = String.raw`no need (?:to|for)|don'?t (?:go|bother|need|let anyone|listen to|take (?:her|him|them|it)|bring (?:her|him|them)|waste)|wouldn'?t bother|no point|skip (?:the|your)|not worth|you don'?t (?:need|have to)`;
const AVOIDS_CARE = new RegExp(String.raw`\b(?:${AVOID}|cancel|refuse|decline|ditch)\b`, 'i');

// Directives that change treatment or steer away from care.
const DIRECTIVE = new RegExp(
  [
    String.raw`\b(?:just |you can |you should |i'?d |i would |honestly |definitely |absolutely )*(?:take|double|triple|halve|cut|split|stop|skip|hold|drop|give|start|increase|decrease|lower|switch|swap|crush|chew|try|use|add|alternate|cancel|refuse|decline|ditch|bump|raise|go up to|come off|get off|wean off)\b(?:[^.!?\n]|\.\d){0,90}`,
    String.raw`\b(?:${AVOID})\b(?:[^.!?\n]|\.\d){0,70}`,
    String.raw`\bask your (?:gp|doctor|dr|prescriber) for [^.!?\n]{2,50}`,
  ].join('|'),
  'gi',
);
const CARE_AVOIDANCE =
  /\b(?:er|ed|a&e|111|urgent care|walk-in|gp|doctor|triage|podiatrist|cardiologist|dermatologist|specialist|consultant|physician|clinic|hospital|labs?|repeat labs|bloods|taper|appointment|visit|surgery|operation|procedure|colonoscopy|endoscopy|scope|scan|mri|ct|x-?ray|ultrasound|biopsy|follow-?up|screening|mammogram|smear|root canal|induction|induce|c-?section|vaccine|jab|booster|referral|physio|rehab|dialysis|chemo|radiation|treatment|meds|medication)\b/i;
const NOT_ADVICE = /\b(?:can'?t give (?:individual |personal |medical )?advice|not (?:medical|individual) advice|talk to your|ask your (?:care team|doctor|gp|pharmacist|prescriber) (?:whether|if|about)|see (?:a|your) (?:gp|doctor)|get (?:it|that) (?:checked|looked at)|(?<!don'?t |not |no need to )go to (?:the |an )?(?:er|ed|a&e|emergency)|call (?:911|999|000|111))\b/i;

// Words that open a post as a heading, not as a name: "Reminder: …", "PSA – …".
const HEADING = /^(?:reminder|update|note|psa|tip|pearl|thread|warning|alert|question|answer|fact|myth|summary|breaking|news|today|tonight|also|edit|disclaimer|quick|pro|hot|unpopular|friendly|important|urgent|fyi|heads|pharmacist|nurse|doctor|physio|parents|folks|everyone|friends|colleagues|team|guys|honestly|seriously|okay|ok|so|well)$/i;

/** Who the post is addressed to: an @handle or a name opening the reply, or a named connection. */
function addressee(draft: Draft): boolean {
  const opening = draft.text.trimStart();
  if (/^(?:(?:hi|hey|dear)\s+)?@\w/i.test(opening)) return true;
  // A reply opening with a person's first name ("Anna, …", "Hi Priya – …"), not a heading ("Reminder: …").
  const named = /^(?:(?:[Hh]i|[Hh]ey|[Dd]ear) )?(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)?\s*[,—–:-]\s(?!and\b)/u.exec(opening);
  if (named && !HEADING.test(named[1]!) && (isKnownName(named[1]!) || /\b(?:you|your|you'?re|you'?ve)\b/i.test(opening.slice(named[0].length, named[0].length + 120)))) return true;
  // A name addressed mid-post: "…asked publicly: Sarah, with your levels you should…".
  for (const m of draft.text.matchAll(/(?:^|[:.!?]\s+)(\p{Lu}\p{Ll}+),\s+[^.!?\n]{0,60}\b(?:you|your)\b/gu)) if (isKnownName(m[1]!)) return true;
  return /\b(?:to the (?:connection|person|follower|lady|guy|mum|mom|dad) who (?:messaged|dm'?d|asked|wrote)|@\w+ (?:you|your))\b/i.test(draft.text);
}

export const medicalAdviceRecognizer: Recognizer = {
  id: 'medical_advice',
  phase: 'token',
  find: (draft) => {
    if (!addressee(draft)) return [];
    const out: Candidate[] = [];
    for (const hit of matchAll(DIRECTIVE, draft.text)) {
      const clause = draft.text.slice(hit.start, hit.end);
      // "drop it" refers back to a medicine named earlier in the sentence.
      const sentence = draft.text.slice(Math.min(sentenceAt(draft, hit.start).start, Math.max(0, hit.start - 200)), hit.end);
      const changesTreatment = DRUG.test(sentence) || /\b\d+ ?(?:mg|mcg|ml|units|puffs|tabs?)\b|\b(?:in half|in quarters|half|extra|cold turkey|a couple of)\b/i.test(clause);
      const avoidsCare = AVOIDS_CARE.test(clause) && CARE_AVOIDANCE.test(clause);
      if (!changesTreatment && !avoidsCare) continue;
      if (NOT_ADVICE.test(clause)) continue;
      const range: Range = { start: hit.start, end: hit.start + clause.replace(/[\s,;:–-]+$/, '').length };
      out.push(
        candidate(range, 'medical_advice', 'medium', 'medical_advice/individual-directive', 'Advice to one person about their treatment, given in public, is a clinical relationship without an assessment.'),
      );
    }
    return out;
  },
  examples: {
    hits: [
      { text: "@jen_t1d you should double your Lantus tonight if you're running 300s", flagged: 'double your Lantus' },
      { text: "@sarah_k don't go to the ER for that. Double up your inhaler puffs.", flagged: "don't go to the ER" },
      { text: "Priya, from what you describe I'd just give him Motrin and watch him overnight.", flagged: 'give him Motrin' },
    ],
    misses: [
      "@runner_jo so sorry you're hurting! I can't give individual advice on here, but a GP can take a look.",
      "General reminder, not medical advice: don't stop antidepressants abruptly. Talk to your prescriber.",
      'On metformin and have a CT with contrast coming up? Ask your care team whether you need to hold it.',
    ],
  },
};
