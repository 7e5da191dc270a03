import type { Draft } from '../draft';
import type { Frame } from '../frame';
import { candidate, type Candidate, type Recognizer } from '../recognizer';
import type { Category } from '../types';

/**
 * A recognisable patient story: a first-hand account of one recent, real encounter that people
 * close to the patient could recognise. It takes one particular patient plus either several
 * specifics (when, where, how old, who) or something that makes the case unique or newsworthy
 * ("the only person on the island", "the video everyone has seen", "the mayor's husband").
 * Teaching cases, composites, studies and the author's own health are not patient stories.
 */

const SPECIFICS: readonly Category[] = ['date', 'age', 'location', 'name', 'identifier', 'contact'];

// Something that singles the case out for anyone who knows the patient or saw the news.
const RECOGNISABLE = new RegExp(
  [
    String.raw`\b(?:all over the news|in the news|on the news|made the news|news about|the video|went viral|shared everywhere|you'?ve (?:probably )?(?:seen|heard)|if you saw|everyone'?s talking about|front page|headlines?)\b`,
    String.raw`\b(?:the only (?:\w+ ){0,4}(?:person|patient|recipient|survivor|case|one|kid|child|baby|woman|man|girl|boy)|first[- ]ever|our first|the first (?:\w+ ){0,3}(?:we'?ve|ever)|record[- ]breaking|youngest|oldest)\b`,
    String.raw`\b(?:mayor|councillor|lead singer|celebrity|local (?:celebrity|hero|legend)|(?:my|our) (?:son'?s|daughter'?s|kid'?s) (?:\w+ ){0,2}(?:coach|teacher))\b`,
    String.raw`\b(?:former|retired|local|our town'?s|the town'?s|the village'?s?|one of our town'?s) (?:\w+ ){0,3}(?:olympian|olympic \w+|athlete|footballer|rugby player|player|head ?teacher|principal|vicar|priest|imam|rabbi|mp|councillor|police officer|firefighter|singer|actor|presenter|judge|mayor)\b`,
    String.raw`\b(?:crush|stampede|explosion|shooting|stabbing|bombing|pile-?up|derailment|building collapse|mass casualty) (?:casualties|victims|patients|survivors)\b`,
  ].join('|'),
  'i',
);
// Circumstances that make an encounter memorable; each counts as one more specific.
const MEMORABLE =
  /\b(?:small[- ]town|rural|neighbou?r|leap[- ]day|twins?|triplets|quinceañera|fireworks|lightning|fire|crash|rollover|mvc|moose|shark|bear attack|struck by|engaged|wedding|prom|birthday)\b/i;
// What happened to the patient: with a date, one such event makes a first-hand story specific.
const EVENT =
  /\b(?:died|passed away|death|born|birth|delivered|arrest(?:ed)?|coded|code|seizure|stroke|overdose|od'?d|crash|accident|injur(?:y|ed|ies)|fracture|burns?|bleed|surgery|operation|amputat\w*|intubat\w*|extubat\w*|transplant|cancer|tumou?r|diagnos\w*|chemo|dialysis|collapsed|struck|trapped|hit by|fell|shot|stabbed|drown\w*|assault\w*|awake|coma|ventilator|airlifted|resuscitat\w*|calling it|called it|walked out|went home|discharged|admitted)\b/i;
// The author was part of the care: needed when the only recognisable thing is the news.
const INVOLVED =
  /\b(?:i was (?:his|her|their|the) (?:nurse|doctor|medic|paramedic|physio|therapist)|at (?:his|her|their) bedside|i (?:was|worked) in resus|when (?:he|she|they) came in|as (?:his|her|their) nurse|i followed (?:her|him|them)|(?:i|we|our team) (?:have |has )?(?:looked after|cared for)|(?:i |we )?(?:just )?met (?:the|a|an)|worked (?:the|a|an) (?:crash|code|arrest|job|call|shout|rta|mvc|incident)|we (?:treated|worked on|delivered|extubated|decannulated)|in our (?:ed|er|icu|picu|nicu|unit|ward|clinic|department)|in our little|came (?:in|into|to us)|brought (?:him|her|them) in|(?:my|our) (?:pt|patient)|called to|picked up|pulled (?:a|an|her|him)|delivered|extubated|took (?:a|an|the) \w+ out)\b/i;
const ENCOUNTER =
  /\b(?:today|tonight|this (?:morning|afternoon|evening|week|am|arvo)|last (?:night|week|\w+day)|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|just had|just (?:finished|extubated|delivered|discharged|admitted)|came in|walked in|called to|admitted|discharged|extubated|delivered|presented|died|passed away|coded|arrest(?:ed)?|seizure|collapsed|went home|shift)\b/i;

export const patientStoryRecognizer: Recognizer = {
  id: 'patient_story',
  phase: 'discourse',
  find: (draft: Draft, frame: Frame, earlier: readonly Candidate[]): Candidate[] => {
    if (frame.hypothetical || (frame.selfOrFamily && !frame.individualPatient)) return [];
    // When the author writes about their own illness, dates and places are theirs: only a named or
    // directly identified other person makes it a patient story.
    const direct = earlier.some((c) => (c.category === 'name' || c.category === 'identifier' || c.category === 'contact') && c.severity !== 'low');
    if (frame.selfOrFamily && !direct) return [];
    const specifics = new Set(
      earlier.filter((c) => SPECIFICS.includes(c.category) && (c.severity !== 'low' || c.category === 'date' || c.category === 'location' || c.category === 'age')).map((c) => c.category),
    );
    const involved = INVOLVED.test(draft.text);
    const recognisable = RECOGNISABLE.test(draft.text);
    const encounter = frame.individualPatient || involved;
    const detail = specifics.size + (MEMORABLE.test(draft.text) ? 1 : 0);
    const dated = earlier.some((c) => c.category === 'date');
    const story =
      (encounter && detail >= 2 && (ENCOUNTER.test(draft.text) || EVENT.test(draft.text))) ||
      (encounter && dated && EVENT.test(draft.text)) ||
      // Undated, but a first-hand account of one patient's dramatic event: a crash, a death, a fire.
      (encounter && EVENT.test(draft.text) && MEMORABLE.test(draft.text)) ||
      (recognisable && encounter) ||
      (involved && dated && MEMORABLE.test(draft.text) && EVENT.test(draft.text));
    if (!story) return [];
    // The story is the whole post; the finding points at its first sentence so the UI has an anchor.
    const first = draft.sentences[0] ?? { start: 0, end: draft.text.length };
    return [
      candidate(first, 'patient_story', 'medium', 'patient_story/encounter', 'A story about one recent, real patient can be recognised by people who know them, even without a name.'),
    ];
  },
  examples: {
    hits: [
      { text: '72yo in bed 4 tonight with a brisk upper GI bleed refused to let us scope him until he finished his crossword.', flagged: '72yo' },
      { text: "The firefighter who was trapped in the warehouse fire that's been all over the news – I was in resus when he came in.", flagged: 'firefighter' },
    ],
    misses: [
      'Teaching case (fictional): 68M, smoker, crushing chest pain. What is your next move?',
      'Today a patient told me I was the first nurse who sat down to talk with her.',
      'Six months ago, at 34, I was diagnosed with Hodgkin lymphoma. On March 14th I rang the bell.',
    ],
  },
};
