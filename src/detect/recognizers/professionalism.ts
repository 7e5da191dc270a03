import { around, matchAll, type Draft } from '../draft';
import { candidate, type Candidate, type Recognizer } from '../recognizer';

/**
 * Demeaning, mocking or venting language about patients or colleagues (ANA Code of Ethics,
 * NCSBN, GMC: posts that belittle patients or colleagues damage trust even when nobody is named).
 * Slurs and insults are flagged on their own; mocking phrases need a person they are aimed at.
 */

const SLURS = [
  String.raw`frequent fl(?:y|i)ers?`,
  String.raw`drug ?-?seek(?:er|ers|ing)`,
  String.raw`gomers?`,
  String.raw`(?:resident |local )?lunatics?`,
  String.raw`idiots?`,
  String.raw`morons?`,
  String.raw`imbeciles?`,
  String.raw`retards?`,
  String.raw`psychos?`,
  String.raw`nut ?jobs?`,
  String.raw`crazies`,
  String.raw`junkies?`,
  String.raw`crackheads?`,
  String.raw`druggies?`,
  String.raw`tweakers?`,
  String.raw`(?:scum|dirt)bags?`,
  String.raw`trailer trash`,
  String.raw`white trash`,
  String.raw`baby ?mamas?(?: drama)?`,
  String.raw`(?:drunk |pissed )?muppets?`,
  String.raw`vultures?`,
  String.raw`snowflakes?`,
  String.raw`dinosaurs?(?= (?:needs?|should|has|is))`,
  String.raw`assholes?`,
  String.raw`a-holes?`,
  String.raw`dickheads?`,
  String.raw`bitch(?:es|y)?`,
  String.raw`whales?(?= (?:in|on) (?:bed|room))`,
  String.raw`entitled (?:families|family|patients?|parents?|relatives|lot|bunch|people|brats?)`,
  String.raw`non-?compliant (?:diabetic|patient|pt)s?(?: #\d+)?(?: of the (?:week|day|month|shift))?`,
  String.raw`(?:narcan|naloxone) ninja`,
  String.raw`sure,? jan`,
  String.raw`(?:our |my )?fav(?:ou?rite)? (?:taxi customer|customer|regular|guy|frequent)`,
  String.raw`(?:our|my) favou?rite "[^"]{3,60}" (?:guy|lady|girl|man|woman)`,
  String.raw`stop caring`,
  String.raw`don'?t want to be helped`,
  String.raw`toughen up(?: or get out)?`,
  String.raw`(?:maybe )?go back to (?:med|medical|nursing|pharmacy) school(?:, \w+)?`,
  String.raw`learn to (?:use|do|read|put|place|draw) [^.!?\n]{2,40}`,
  String.raw`lay off the [a-z\- ]{3,20}`,
  String.raw`crime scene`,
  String.raw`welcome (?:home|back),? (?:king|queen|champ)`,
  String.raw`absolutely hopeless`,
  String.raw`enjoy your (?:cold|flu|infection|stay|pain)`,
  String.raw`came in to (?:look|gawk|stare)`,
  String.raw`(?:whole|half the) (?:unit|ward|floor|team) came (?:in|by|over) to (?:look|see|gawk)`,
  String.raw`doesn'?t deserve`,
  String.raw`(?:nutters?|nutcases?|loon(?:y|ie)s?|cretins?|halfwits?|dimwits?|dumbass(?:es)?|numpt(?:y|ies)|plonkers?|tossers?|wankers?|twats?|prats?|bellends?|scrotes?|lowlifes?|deadbeats?|alkies?|winos?|chavs?|hillbill(?:y|ies)|rednecks?|scroungers?|freeloaders?|leeches|heifers?|land ?whales?|hippos?)`,
  String.raw`(?:bed[- ]?blockers?|crumblies|wrinklies|coffin[- ]dodgers?|flk|status dementicus|gorked|train ?wreck|hot mess|swamp mouth|dragon breath)`,
  String.raw`waste of (?:space|oxygen|a bed|skin|air)`,
  String.raw`circling the drain`,
  String.raw`shouldn'?t be allowed to (?:breed|reproduce|have (?:kids|children)|practi[cs]e|work|drive|be (?:a|an) \w+)`,
  String.raw`some people (?:just )?(?:shouldn'?t|don'?t deserve|can'?t let)[^.!?\n]{0,40}`,
  String.raw`can'?t let (?:grandma|granny|grandpa|nana|mum|mom|dad|him|her) go(?: lol)?`,
  String.raw`(?:couldn'?t|can'?t) (?:cannulate|intubate|find|hit) (?:a|an) (?:garden hose|barn|vein in a|elephant)[^.!?\n]{0,20}`,
  String.raw`how did (?:she|he|they) (?:ever )?pass`,
  String.raw`so bad (?:i|we) (?:gagged|puked|threw up|nearly vomited)`,
  String.raw`(?:stupid|dumb|useless|lazy|pathetic|dangerous|incompetent|hopeless|clueless|worthless|disgusting|smelly|fat|crazy|mental|demented|thick) (?:humans?|persons?|people|m[ae]n|wom[ae]n|guys?|lad(?:y|ies)|patients?|pts?|families|family|nurses?|doctors?|residents?|registrars?|fy1s?|interns?|surgeons?|mums?|moms?|dads?|prescribers?|techs?|clowns?|idiots?|cows?|bastards?)`,
  String.raw`(?:the )?most useless (?:human|person|nurse|doctor|resident|registrar|intern)[^.!?\n]{0,40}`,
  String.raw`(?:a )?walking (?:lawsuit|disaster|liability|time ?bomb|petri dish|corpse)`,
  String.raw`thick as (?:mince|two short planks|pig ?shit|a brick|\w+)`,
  String.raw`battle-?axes?`,
  String.raw`(?:our |the )?(?:resident |local |usual )?attention[- ]seek(?:er|ers|ing)`,
  String.raw`screamers?`,
  String.raw`\d+ drunks`,
  String.raw`(?:scabies|lice|crack|meth|vomit|puke|poo|diarrh(?:o)?ea|smelly|stinky) (?:boy|girl|man|lady|guy|woman|kid)`,
  String.raw`(?:our|the) (?:resident|local|usual) (?:regulars?|drunks?|nutters?|frequent fl(?:y|i)ers?)`,
  String.raw`give (?:her|him|them) a (?:lecture|talking[- ]to|piece of (?:my|your) mind)`,
  String.raw`(?:actually|genuinely|really) (?:ill|unwell|sick) (?:patients|people)`,
  // Insulting comparisons: "the clinical reasoning of a pigeon", "the human equivalent of a fire alarm".
  String.raw`(?:clinical reasoning|reasoning|insight|brains?|iq|intelligence|common sense|bedside manner|personality|charisma|self-awareness|empathy|people skills|attention span|judgement|judgment) of a (?:\w+ ){0,2}\w+`,
  String.raw`(?:human|walking|living) equivalent of (?:a|an) [^.!?\n]{2,40}`,
  String.raw`natural selection`,
  String.raw`darwin award`,
  String.raw`(?:shallow|bottom of the|out of the) gene pool`,
  String.raw`should(?:n'?t| not) be allowed to (?:\w+ ){0,2}\w+`,
  String.raw`(?:failed|flunked) basic \w+`,
  String.raw`bluffed (?:their|his|her) way`,
  String.raw`how (?:did|do|does) (?:they|he|she) (?:even |ever )?(?:pass|qualify|graduate|get (?:a|the) job)`,
  String.raw`(?:loyalty[- ]card|season[- ]ticket|reward[- ]points) holders?`,
  String.raw`gone to the bottom of the pile`,
  String.raw`(?:gonna|going to) start charging (?:her|him|them)`,
  // A sarcastic "sir"/"ma'am" aimed at a patient who is not there to hear it.
  String.raw`(?:sir|ma'?am|madam|uncle|auntie|mate|buddy|pal|hun|bro|lady),? (?:this is (?:an? )?\w+ not|what are you|you have|pls|please stop|stop|why (?:are|would|do) you|you came)[^.!?\n]{0,40}`,
  String.raw`sir\. sir\.`,
  // People treated as objects, wards as hotels: "treat nurses like furniture", "like room service".
  String.raw`treats? (?:\w+ ){0,2}like (?:a |an )?(?:furniture|dirt|servants?|slaves?|waiters?|maids?|skivvies|idiots?|children|room service|a hotel|a taxi|a restaurant|a diner)[^.!?\n]{0,40}`,
  String.raw`(?:like|as if it'?s|thinks? (?:this|the ward|the ed|a&e) is) (?:a |an )?(?:hotel|room service|restaurant|diner|taxi service|b&b|premier inn|travelodge|spa|holiday camp)\b[^.!?\n]{0,30}`,
  String.raw`(?:is|was) like working with (?:a|an) \w+[^.!?\n]{0,60}`,
  // Sarcastic praise: "truly the brightest mind", "truly visionary stuff".
  String.raw`truly (?:the )?(?:brightest|sharpest|visionary|inspired|genius|stellar|gifted)\b[^.!?\n]{0,30}`,
  String.raw`(?:not the )?(?:brightest|sharpest) (?:mind|tool|knife|bulb|crayon)[^.!?\n]{0,30}`,
  String.raw`(?:some people'?s|their|his|her) brains?(?: (?:is|are))? (?:\w+ ){0,2}(?:on airplane mode|switched off|on holiday|missing|fried|mush)`,
  String.raw`(?:helmet|patience|medal) for the (?:stupidity|idiocy|incompetence)`,
  String.raw`(?:the )?(?:stupidity|idiocy|incompetence|cluelessness) of (?:some|these|our|the) [^.!?\n]{2,40}`,
  // Scare quotes around a patient's complaint, mocked ("'allergic' to…", "'can't breathe'").
  String.raw`['‘](?:allergic|allergies|pain|10\/10|can'?t breathe|stress|anxiety|overdose|seizures?|fell|tripped|chest pain|dizzy|sick|ill)['’][^.!?\n]{0,60}`,
];
const SLUR = new RegExp(String.raw`\b(?:${SLURS.join('|')})(?![a-z])`, 'gi');

// Eye-rolls and laughing-at emoji after a patient reference read as mockery.
// "same lady, same 'fall', same bottle of gin": a repeat attender recited with contempt.
const SAME_AGAIN = /\bsame [^,.!?\n]{2,30}, same [^,.!?\n]{2,30}(?:, (?:and )?same [^,.!?\n]{2,30})?/gi;
const PERSON = /\b(?:lady|guy|man|woman|gent|bloke|fella|patient|pt|regular|frequent|he|she|him|her|they)\b/i;

const MOCKING_HASHTAG = /#(?:drugseekers?|frequentflyers?|gomer|sorrynotsorry|peoplearegross|patientsbelike|idiots?)\b/gi;

export const professionalismRecognizer: Recognizer = {
  id: 'professionalism',
  phase: 'token',
  find: (draft: Draft) => {
    const out: Candidate[] = [];
    const reason = 'Mocking or demeaning words about patients or colleagues break professional standards and trust, even without a name.';
    for (const hit of matchAll(SLUR, draft.text)) {
      const window = around(draft, hit, 60, 40);
      // A self-deprecating "I felt like an idiot" or a quoted term being criticised is not an attack.
      if (/\b(?:i'?m|i am|i was|i felt like|felt like|i'?m such|call(?:ed)? me|i'?m the)\s+(?:\w+ly )?(?:a |an |such an? |the |like an? )?$/.test(draft.lower.slice(Math.max(0, hit.start - 30), hit.start))) continue;
      if (/\b(?:stop calling|stop saying|stop using|don'?t call|never call|is not a|isn'?t a|calling (?:them|patients)|the term|the word|label)\b/.test(window)) continue;
      // "can we retire 'bed blocker'?": the term is being criticised, not used.
      if (/\b(?:retire|ban|drop|bin|scrap)(?: the (?:term|word|phrase))?\s*['"‘“]$/.test(draft.lower.slice(Math.max(0, hit.start - 30), hit.start))) continue;
      out.push(candidate(hit, 'professionalism', 'medium', 'professionalism/demeaning-term', reason));
    }
    for (const hit of matchAll(SAME_AGAIN, draft.text)) {
      if (PERSON.test(around(draft, hit, 80, 40))) out.push(candidate(hit, 'professionalism', 'medium', 'professionalism/repeat-attender', reason));
    }
    for (const hit of matchAll(MOCKING_HASHTAG, draft.text)) {
      out.push(candidate({ start: hit.start + 1, end: hit.end }, 'professionalism', 'medium', 'professionalism/mocking-hashtag', reason));
    }
    return out;
  },
  examples: {
    hits: [
      { text: 'Frequent flyer is back for the 4th time this week.', flagged: 'Frequent flyer' },
      { text: 'This idiot in bed 2 pulled his IV out AGAIN.', flagged: 'idiot' },
      { text: 'Admitted three GOMERs last night and one bit me.', flagged: 'GOMERs' },
      { text: 'New grads are snowflakes. Toughen up or get out.', flagged: 'Toughen up or get out' },
    ],
    misses: [
      'I felt like an idiot on my first night shift.',
      "Stop calling patients 'frequent flyers'. They are people with unmet needs.",
      'Tourette syndrome awareness: tics are not a choice. Be kind.',
    ],
  },
};
