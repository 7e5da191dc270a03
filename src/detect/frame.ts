import type { Draft } from './draft';

/**
 * What the whole post is about, read once per analysis. The same "72" or "room 4" is PHI in a
 * shift story and harmless in a teaching case, a study, a job advert or the author's own health news.
 */
export interface Frame {
  /** The post refers to one particular patient (or a patient's relative) the author met. */
  individualPatient: boolean;
  /** A teaching case, simulation, composite or imagined patient. */
  hypothetical: boolean;
  /** The author writes about their own health or their own family. */
  selfOrFamily: boolean;
  /** Aggregate figures about many patients (a study, a census, statistics). */
  aggregate: boolean;
  /** A job advert, event or service announcement: its contacts and addresses are an organisation's. */
  organisational: boolean;
}

// "my patient", "a pt", "the lady in bed 3", "the guy we picked up"... one particular person in care.
const INDIVIDUAL_PATIENT = new RegExp(
  [
    String.raw`\b(?:my|our|this|that|one of (?:my|our)|favou?rite|same) (?:\w+ ){0,2}(?:pt|patient|client|service user)\b(?!s)`,
    String.raw`\b(?:a|the) (?:\w+ ){0,2}(?:pt|patient)\b(?= (?:in|from|on|at|who|we|with|whose|had|has|was|is|came|called|told|asked|kept|died|refused|brought|said|showed|slipped|left))`,
    String.raw`\b(?:the|a|an|this|our) (?:\w+ ){0,2}(?:lady|gentleman|gent|man|woman|guy|girl|boy|kid|kiddo|teen|teenager|toddler|baby|infant|newborn|mum|mom|dad|mother|father|driver|grader|shopper|cyclist|rider|pedestrian|vet|veteran|farmer|singer|firefighter|teacher|bride|groom|student|pupil|athlete|runner|player|climber|surfer|swimmer|hiker|tourist|worker|builder|tradie|chef|officer|soldier|prisoner|inmate|lad|lass|bloke|fella|chap|warrior|fighter|trooper|superstar|legend|little one|little man|grandmother|grandfather|grandma|grandpa|granny|nan|amma|oupa|ouma)\b(?= (?:in|from|on|at|who|we|with|that|whose|had|has|was|is|came|walked|brought|asked|told|kept|tried|pulled|decided|in bed|collapsed|fell|died|arrived|rang|went|cried|smiled|laughed|crashed|got|needed|survived))`,
    String.raw`\b(?:called to|picked up|pulled (?:a|an)|delivered (?:a|twins)|extubated|intubated|decannulated|admitted (?:a|an|three|two)|discharged (?:a|an|her|him)|brought in|came in(?:to)?|rolled in|walked into|presented (?:with|on)|transferred|coded|resuscitated|sent (?:a|an) (?:\S+ ){1,2}home)\b`,
    String.raw`\b(?:mom|mum|mother|mama) (?:&|and) (?:baby|babies|twins)\b`,
    String.raw`\b(?:he|she|they) (?:was|were|got) (?:admitted|discharged|born|intubated|extubated|transferred|brought in|airlifted|resuscitated)\b`,
    String.raw`\b(?:in|from) (?:bed|bay|cubicle|side room|resus|chair) ?\d{1,4}[a-z]?\b`,
    String.raw`\b(?:admitted|discharged|readmitted|delivered|born)(?: on)? \d{1,2}[/.]\d{1,2}\b`,
    String.raw`\b(?:(?:home|water|twin|breech) birth|welcomed (?:a )?baby|baby (?:girl|boy) \p{Lu})`,
    String.raw`\b(?:driver|rider|passenger|mum|mom|dad|man|woman|lady|patient|pt|kid|child|baby|teen)s? \(\d{1,3}s?\)`,
    String.raw`\b(?:i was (?:his|her|their) (?:nurse|doctor|medic|paramedic|physio|therapist)|at (?:his|her|their) bedside|i looked after|i cared for|we worked on (?:him|her)|in our (?:ed|er|icu|picu|nicu|unit|ward|clinic|department))\b`,
    String.raw`\b\d{1,3}[- ]?(?:yo|y\/o|y\.o\.|year[- ]old|yr[- ]old|mo(?:nth)?[- ]old|week[- ]old|wk[- ]old|day[- ]old)\b`,
    String.raw`\b(?:came (?:onto|on to|to) (?:our |the )?(?:ward|unit|us)|with us (?:on|in|for)|on our ward|(?:he|she) died|(?:his|her) (?:daughter|son|wife|husband|family) (?:drove|came|sat|slept|held|posts|brought))\b`,
    String.raw`\b\d{1,3}[mf]\b`,
    String.raw`\b(?:mr|mrs|ms|miss)\.? [a-z]`,
  ].join('|'),
  'iu',
);

// "pt" is a patient; "PT"/"PTs" are physiotherapists, so the abbreviation is matched case-sensitively.
const PT_ABBREVIATION = /\b[Pp]ts?\b(?! ?(?:education|safety|experience|portal|satisfaction)s?\b)/;

const HYPOTHETICAL =
  /\b(?:sim(?:ulation)?\b(?! cards?)|high-fidelity|played by|our actor|quiz\b(?=[^.\n]{0,6}[:?])|quiz (?:time|question)|(?:clinical|rounds|teaching) pearl|pearl(?=\s*:)|osces?|actor playing|standardi[sz]ed patient|simulated patient|flashcards?|puzzle|case of the (?:day|week)|what would you (?:do|recommend|give|order)|most likely (?:dx|diagnosis)|next (?:step|move)s?\?|answers? (?:tomorrow|below|in (?:the )?comments)|test yourself|imagine (?:a|an|you|you'?re|your|this|that|if)|hypothetical(?:ly)?|fictional|fictitious|composite|not a real (?:person|patient)|details (?:have been |were |are )?changed|teaching (?:case|point|scenario)|a typical patient|sim(?:ulation)? (?:scenario|lab|room|patient|mannequin)|sim scenario|sim mannequin|scenario for|mannequin|manikin|simman|mock code|case vignette|board question|exam question|practice question)\b/i;

const SELF_OR_FAMILY =
  /\b(?:my own (?:\w+ ){0,2}(?:surgery|reconstruction|diagnosis|treatment|hospital|health|appendicitis|illness|cancer)|i was diagnosed|i(?:'ve| have) been diagnosed|diagnosed with .{0,40}\b(?:myself)|mine, not a patient|(?:was|got) admitted to my own|being a patient|i was the patient|as a patient|on the other side of the (?:pump|bed|bedrail)|my (?:dad|mum|mom|father|mother|grandmother|grandfather|nan|nana|gran|grandma|grandpa|husband|wife|partner|son|daughter|kid|kids|child|baby|dog|cat|\d{1,2} ?yo)\b(?! (?:of|'s) (?:a |my )?(?:patient|pt)))/i;

const AGGREGATE =
  /\b(?:\d[\d,]* (?:patients|children|adults|visits|admissions|cases|babies|families|participants)|retrospective|cohort|case series|our (?:data|study|audit|trial)|census|median|per ?cent|%|odds ratio|\bor \d|95% ci)\b/i;

const ORGANISATIONAL =
  /\b(?:(?:we'?re|we are|now|is) hiring|join (?:our|the) (?:\w+ ){0,2}team|positions? (?:open|available)|posts? open|vacanc(?:y|ies)|apply (?:now|at|online|by)|closing date|sign-on|recruit(?:ing|ment)|job (?:opening|posting)|new grad(?:uate)? residency|now (?:open|accepting)|walk-ins? welcome|no appointment needed|opening hours|call (?:us|our)|free (?:on|to call)|helpline|hotline|freephone|24\/7|phishing|scam|spam|not from us|forward (?:it )?to|report (?:it )?to|appointments? (?:available|now)|no referral needed|book (?:now|online|at)|open (?:day|evening)|rsvp|info session|free (?:health )?(?:check|clinic|screening)s?|no booking|just turn up|drop-in|walk-in clinic|questions\?? ?:|to book\b|(?:our|the) (?:new )?[\w ]{0,20}line is|drug alert|product recall|(?:batch|lot) \w*\d)\b/i;

// A patient from long ago, undated: a lesson, not a recognisable encounter.
const VAGUE_PAST = /\b(?:once told me|years ago|a while back|back in the day|early in my career|when i was a (?:student|new grad|junior))\b/i;

const AUTHOR_WAS_PATIENT =
  /\b(?:i was (?:the|a) patient|being a patient|as a patient myself|i was (?:admitted|diagnosed|hospitali[sz]ed|discharged)|(?:was|got) admitted to my own|my own (?:\w+ ){0,2}(?:surgery|operation|admission|diagnosis|treatment|appendicitis|cancer|reconstruction))\b/i;

/** Reads the post-level context once per analysis. */
export function readFrame(draft: Draft): Frame {
  const text = draft.text;
  return {
    // When the author was the patient, the beds and dates in the post are theirs to share.
    individualPatient: mentionsIndividualPatient(text) && !AUTHOR_WAS_PATIENT.test(text) && !VAGUE_PAST.test(text),
    hypothetical: HYPOTHETICAL.test(text),
    selfOrFamily: SELF_OR_FAMILY.test(text),
    aggregate: AGGREGATE.test(text),
    organisational: ORGANISATIONAL.test(text),
  };
}

/** True when a window of text mentions one particular patient (for sentence-level checks). */
export function mentionsIndividualPatient(text: string): boolean {
  return INDIVIDUAL_PATIENT.test(text) || PT_ABBREVIATION.test(text);
}
