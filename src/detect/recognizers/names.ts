import { around, before, matchAll, type Draft, type Range } from '../draft';
import type { Frame } from '../frame';
import { candidate, type Candidate, type Recognizer } from '../recognizer';
import type { Severity } from '../types';
import { cachedPeople, isKnownName } from './people-cache';

/**
 * Patients' and relatives' names: titles (Mr/Mrs/Ms), "pt"/"patient" followed by a name or
 * initials ("Pt J.S."), relatives ("his wife Eleni"), appeals to find someone ("anyone know a Paul
 * Whitcombe?"), @handles of the person a reply advises, and people found by compromise in a post
 * about one patient. A colleague being thanked, a public figure, a historical case and an eponymous
 * disease (Parkinson's, Crohn's, Guillain-Barré) are not a patient's name: `low` at most.
 */

// A capitalised word that is not the pronoun I (I've, I'm).
// Starts only at the start of a word (\b is ASCII-only, so "IÀIÀ" would offer a start at every I).
const NAME = String.raw`(?<![\p{L}\p{N}'’-])(?!I\b|I['’])\p{Lu}[\p{L}'’-]+`;
const TITLED = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Mister)\.? (${NAME}(?: ${NAME})?)`, 'gu');
const TITLED_LOWER = /\b(?:mr|mrs|ms|pt|patient)\.? ([a-z]{3,}(?: [a-z]{3,})?)\b/g;
// The cue is matched in either case, the name only when capitalised.
// After "patient", a capitalised word is a name only if it is one ("Patient Appointments line" is not).
const PATIENT_CUED = new RegExp(String.raw`\b(?:[Pp][Tt]|[Pp]atient|[Mm]y pt|[Oo]ur patient|[Mm]y patient|[Ff]av(?:ou?rite)? (?:pt|patient))[,:]? ((?:Big |Little |Old )?${NAME}|[A-Z]\.(?: ?[A-Z]\.){1,2})`, 'gu');
const INITIALS = /(?<![\w.])([A-Z]\.(?: ?[A-Z]\.){1,2})(?=[\s,;:)]|$)/g;
// "Karen M." but not "Michael J. Fox" (a middle initial before a surname).
const FIRST_AND_INITIAL = new RegExp(String.raw`\b(${NAME} [A-Z]\.)(?=[\s,;:'’])(?! \p{Lu})`, 'gu');
const RELATIVE = new RegExp(
  String.raw`\b(?:his|her|their|the patient'?s|pt'?s|my patient'?s) (?:wife|husband|partner|son|daughter|mum|mom|mother|dad|father|brother|sister|grandson|granddaughter|grandma|grandpa|nan|boyfriend|girlfriend|fiancée?|carer|caregiver),? (${NAME}(?: ${NAME})?)`,
  'gu',
);
const PATIENTS_COMMA_NAME = new RegExp(String.raw`\b(?:patients?|pts?),? (${NAME} ${NAME})`, 'gu');
const APPEAL = new RegExp(String.raw`\b(?:know|knows|looking for|find|trace|track down|contact)(?: of)? (?:a |an |the )?(${NAME} ${NAME})`, 'gu');
// "in the book as Tracy Wu", "baby of Lakshmi Devi": a full name introduced by its role in the post.
const INTRODUCED = new RegExp(String.raw`\b(?:as|named|called|baby of|son of|daughter of|wife of|husband of|mother of|father of)(?: (?:a|an|the))? (${NAME} ${NAME})`, 'gu');
// "Finley (8)", "Doris, 94,": a first name with an age is a patient being described.
const NAME_WITH_AGE = new RegExp(String.raw`(${NAME})(?: \([1-9]\d{0,2}\)|, [1-9]\d{0,2},)`, 'gu');
// Capitalised words that take a number in brackets without being anyone's name.
const NOT_A_NAME = /^(?:Ward|Room|Bed|Bay|Zero|Step|Level|Phase|Stage|Grade|Type|Class|Year|Week|Day|Page|Figure|Table|Box|Part|Chapter|Section|Lot|Batch|Team|Group|Unit|Floor|Station|Question|Answer|Option|Round|Cohort|Site|Study|Trial|Total|Aged?|Patients?|Adults?|Children|Kids)$/;
const LITTLE_INITIALS = /\b(?:little|baby|young|wee|pt|patient) ([A-Z]\.(?: ?[A-Z]\.){1,2})/gi;
const NICKNAME = new RegExp(String.raw`\b((?:Big|Little|Old|Baby|Lil|Wee) ${NAME})`, 'gu');
// A family role before a first name: "baby girl Aoife", "mum Siobhán", "Nana Bev".
const ROLE_NAME = new RegExp(
  String.raw`\b(?:baby (?:girl|boy)|[Bb]aby|[Mm]um|[Mm]om|[Mm]ama|[Dd]ad|[Dd]addy|[Pp]apa|[Nn]anna|[Nn]ana|[Nn]an|[Gg]ran|[Gg]randma|[Gg]ranny|[Gg]randpa|[Gg]randad|[Pp]op|[Pp]oppy|[Aa]untie|[Aa]unty|[Uu]ncle|[Oo]upa|[Oo]uma|[Aa]mma|[Aa]ppa|[Nn]onna|[Nn]onno|[Aa]buela|[Aa]buelo|[Bb]ubbe|[Zz]ayde|[Tt]ata|[Bb]aba|[Tt]ita|[Ll]ola|[Ll]olo) (${NAME})`,
  'gu',
);
const HANDLE = /(?<![\w.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?)(?: ([A-Z][a-z]+)(?=[\s,.!?]))?/g;

// Eponyms and other capitalised words that are not people.
const EPONYM_AFTER = /^(?:'s|’s|')?\s*(?:disease|syndrome|palsy|lymphoma|sarcoma|sign|phenomenon|breathing|respirations?|test|law|triad|maneuver|manoeuvre|ratio|criteria|score|scale|classification|fracture|tumou?r|thyroiditis|ulcer|reflex|awareness|research|foundation|institute|university|hospital|general|infirmary|clinic|center|centre|ward|unit|day|week|month|flare|patients?)\b/i;
const EPONYMS =
  /^(?:parkinson|crohn|hodgkin|guillain|barr[ée]|cushing|kussmaul|cheyne|stokes|biot|hashimoto|graves|kawasaki|tourette|addison|bell|down|alzheimer|huntington|asperger|raynaud|sj[öo]gren|wilson|marfan|turner|klinefelter|meniere|ménière|osler|virchow|babinski|murphy|mcburney|korsakoff|wernicke|broca|bayes|kaplan|meier|fox|gomer|epley|apgar|glasgow|wells|centor|lachman|phalen|tinel|homan|trendelenburg|valsalva|heimlich|nissen|whipple|roux|billroth|hartmann|pfannenstiel|kocher|lyme|ebola|zika|covid|narcan|tylenol|advil|motrin|lantus|eliquis|xanax|keflex|calpol|nurofen|phenergan|benadryl|ozempic|wegovy|pyxis|epic|cerner|simman|mario)/i;

const COLLEAGUE =
  /\b(?:dr|doctor|prof|professor|nurse|rn|np|pa|rt|rrt|lpn|cna|hca|md|do|mbbs|phd|dnp|colleague|co-?workers?|co-?authors?|team ?mates?|resident|registrar|fellow|intern|attending|consultant|manager|charge nurse|navigators?|secretary|clerk|porter|tech|student|mentor|preceptor|boss|director|chief|ceo|congrat\w*|thank\w*|grateful|proud of|shout-?out to (?!my pt|my patient)|kudos|welcome|retir\w*|joined|farewell|presented|plenary|podcast|episode|author|speaker|keynote|colleague)\b/i;
const PUBLIC_FIGURE =
  /\b(?:publicly|public(?:ly)? (?:announced|shared)|announced|talking openly|spoke (?:openly|publicly)|has written|wrote|memoir|former president|president|king|queen|prince|princess|senator|celebrity|star|singer|actor|actress|athlete|on live tv|famous|historic(?:al)?|history|textbook|taught us|legend(?:ary)?|foundation|research|story of|read her story|read his story|book|author of|cells|heLa)\b/i;

function severityFor(draft: Draft, frame: Frame, hit: Range, strong: boolean): Severity {
  if (frame.hypothetical) return 'low';
  if (/\b(?:dr|prof)\.?\s*$/.test(before(draft, hit, 12))) return 'low';
  if (!strong && isColleagueOrPublic(draft, hit)) return 'low';
  const window = around(draft, hit, 60, 40);
  if (strong && PUBLIC_FIGURE.test(window) && /\b(?:textbook|history|historic|famous|taught us)\b/.test(window)) return 'low';
  if (/\b(?:cat|dog|pet|puppy|kitten|horse|parrot)\s*,?\s*$/.test(before(draft, hit, 14))) return 'low';
  return strong ? 'high' : frame.individualPatient ? 'medium' : 'low';
}

/** True when the range's first word is a first or last name compromise's lexicon knows. */
function startsWithKnownName(draft: Draft, range: Range): boolean {
  return isKnownName(draft.text.slice(range.start, range.end).split(' ')[0]!);
}

function isColleagueOrPublic(draft: Draft, range: Range): boolean {
  const window = around(draft, range, 60, 40);
  return COLLEAGUE.test(window) || PUBLIC_FIGURE.test(window) || /\b(?:dr|prof)\.?\s*$/.test(before(draft, range, 12));
}

function isEponym(draft: Draft, range: Range): boolean {
  const word = draft.text.slice(range.start, range.end).split(/[\s-]/)[0] ?? '';
  return EPONYMS.test(word) || EPONYM_AFTER.test(draft.text.slice(range.end, range.end + 20));
}

const trimmed = (draft: Draft, hit: Range): Range => {
  let end = hit.end;
  while (end > hit.start && /[\s.,;:!?'’)]/.test(draft.text[end - 1]!) && !/\b[A-Z]\.$/.test(draft.text.slice(hit.start, end))) end--;
  return { start: hit.start, end };
};

export const nameRecognizer: Recognizer = {
  id: 'name',
  phase: 'token',
  find: (draft, frame) => {
    const out: Candidate[] = [];
    const reason = "A patient's or relative's name identifies them directly.";
    /** `private`: a form only private people are named by ("Karen M."), a risk whatever the post is about. */
    const add = (hit: Range, id: string, strong: boolean, privateForm = false) => {
      const range = trimmed(draft, hit);
      if (range.end <= range.start || isEponym(draft, range)) return;
      if (out.some((c) => c.start <= range.start && range.end <= c.end)) return;
      const severity = severityFor(draft, frame, range, strong);
      const notPatient = isColleagueOrPublic(draft, range);
      const found = candidate(range, 'name', privateForm && severity === 'low' && !notPatient && !frame.hypothetical ? 'medium' : severity, `name/${id}`, reason);
      // A name nothing ties to a patient (a colleague, a public figure, anyone in a post about no
      // one patient) is shown but never adds up with other details.
      if (severity === 'low' && (notPatient || (id === 'person' && !frame.individualPatient))) found.discounted = true;
      out.push(found);
    };
    for (const hit of matchAll(TITLED, draft.text, 1)) add(hit, 'title', true);
    for (const hit of matchAll(TITLED_LOWER, draft.text, 1)) if (startsWithKnownName(draft, hit)) add(hit, 'title', true);
    for (const hit of matchAll(PATIENT_CUED, draft.text, 1)) {
      const word = draft.text.slice(hit.start, hit.end);
      const abbreviated = /^pt\b/i.test(draft.text.slice(Math.max(0, hit.start - 12), hit.start).trim().split(/\s+/).slice(-1)[0] ?? '');
      if (/\./.test(word) || isKnownName(word.replace(/^(?:Big|Little|Old) /, '')) || abbreviated) add(hit, 'patient-cue', true);
    }
    for (const hit of matchAll(RELATIVE, draft.text, 1)) add(hit, 'relative', true);
    for (const hit of matchAll(PATIENTS_COMMA_NAME, draft.text, 1)) add(hit, 'patient-cue', true);
    for (const hit of matchAll(APPEAL, draft.text, 1)) if (startsWithKnownName(draft, hit)) add(hit, 'appeal', true);
    for (const hit of matchAll(INTRODUCED, draft.text, 1)) add(hit, 'introduced', false);
    // "Tyler M." is a private person's way of naming someone; flagged whatever the post is about.
    for (const hit of matchAll(FIRST_AND_INITIAL, draft.text, 1)) if (startsWithKnownName(draft, hit)) add(hit, 'initials', false, true);
    for (const hit of matchAll(NICKNAME, draft.text, 1)) add(hit, 'nickname', frame.individualPatient);
    for (const hit of matchAll(NAME_WITH_AGE, draft.text, 1)) if (!NOT_A_NAME.test(draft.text.slice(hit.start, hit.end))) add(hit, 'with-age', false, true);
    for (const hit of matchAll(LITTLE_INITIALS, draft.text, 1)) add(hit, 'initials', false, true);
    for (const hit of matchAll(ROLE_NAME, draft.text, 1)) add(hit, 'family-role', false);
    if (frame.individualPatient) for (const hit of matchAll(INITIALS, draft.text, 1)) add(hit, 'initials', false);
    // People are found in every post; outside a post about a patient they stay `low`.
    for (const hit of cachedPeople(draft)) add(hit, 'person', false);
    // "Priya, based on what you described…": the person a reply addresses by name.
    const opening = /^\s*(?:(?:hi|hey|dear) )?([A-Z][a-z]+)(?=, (?:based|from|you|your|i'?d|i would|sounds|honestly|just|if))/d.exec(draft.text)?.indices?.[1];
    if (opening) out.push(candidate({ start: opening[0], end: opening[1] }, 'name', 'low', 'name/addressee', reason));
    out.push(...handles(draft));
    return out;
  },
  examples: {
    hits: [
      { text: 'Pt J.S. in 12B keeps asking if her cat can visit', flagged: 'J.S.' },
      { text: 'Mrs. Okonkwo, your Rx has been ready since Monday', flagged: 'Okonkwo' },
      { text: "holding her husband Rafael's hand while the song played", flagged: 'Rafael' },
      { text: 'Anyone in Leeds know a Barry Whitlock? His mum is on our ward', flagged: 'Barry Whitlock' },
      { text: 'Shoutout to my pt Jaylen in room 22 who beat me at Mario Kart', flagged: 'Jaylen' },
    ],
    misses: [
      "April is Parkinson's Awareness Month.",
      'Huge congratulations to Dr. Priya Raman on passing her boards!',
      "Michael J. Fox has done more for Parkinson's research than most of us.",
      'Congrats @NurseMaya_RN on defending your DNP today!',
    ],
  },
};

/** @handles: the person a reply addresses, or a patient's own account. */
function handles(draft: Draft): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of matchAll(HANDLE, draft.text)) {
    const handle = hit.match[1] ?? '';
    const surname = hit.match[2];
    const range = { start: hit.start, end: surname && /^[A-Z]/.test(handle) && !/[_\d]/.test(handle) ? hit.end : hit.start + 1 + handle.length };
    const window = around(draft, range, 60, 80);
    const patientAccount = /\b(?:follow (?:his|her|their)|(?:his|her|their) (?:journey|account|page)|pt'?s|patient'?s|get well|rooting for|praying for|speedy recovery|hang in there|recover(?:y|ing)|(?:my|our) (?:former )?(?:patient|pt)|kiddos?|my (?:little )?ones?)\b/.test(window) || /^\s+(?:who )?(?:came in|was in|is in|rocked up|walked in|presented|needed|got admitted)\b/.test(draft.lower.slice(range.end, range.end + 20));
    // A reply's addressee is named, but only what the reply says about them (advice, their
    // health) makes it a risk; that is judged by the other families.
    const severity: Severity = patientAccount ? 'high' : 'low';
    const found = candidate(range, 'name', severity, 'name/handle', 'A social handle names the person; in a reply about their health it identifies them.');
    // A handle names someone who chose to be on the platform; alone it adds nothing up.
    if (severity === 'low') found.discounted = true;
    out.push(found);
  }
  return out;
}
