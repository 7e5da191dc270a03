import type { AdviceItem, AdviceTopic } from '../types';
import { MEDICAL_ADVICE, PROFESSIONALISM, TIME } from './conduct';
import { MEDIA, PATIENT_STORY } from './story';
import { CONTACT, IDENTIFIER, LOCATION } from './where';
import { AGE, DATE, NAME } from './who';

/** The whole catalogue: every topic the popup and the content script can show advice for. */
export const CATALOGUE: Readonly<Record<AdviceTopic, readonly AdviceItem[]>> = {
  name: NAME,
  date: DATE,
  age: AGE,
  location: LOCATION,
  contact: CONTACT,
  identifier: IDENTIFIER,
  patient_story: PATIENT_STORY,
  professionalism: PROFESSIONALISM,
  medical_advice: MEDICAL_ADVICE,
  media: MEDIA,
  time: TIME,
};
