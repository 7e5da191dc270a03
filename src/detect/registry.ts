import type { Recognizer } from './recognizer';
import { ageRecognizer } from './recognizers/age';
import { contactRecognizer } from './recognizers/contact';
import { dateRecognizer } from './recognizers/date';
import { identifierRecognizer } from './recognizers/identifier';
import { locationRecognizer } from './recognizers/location';
import { medicalAdviceRecognizer } from './recognizers/medical-advice';
import { nameRecognizer } from './recognizers/names';
import { patientStoryRecognizer } from './recognizers/patient-story';
import { professionalismRecognizer } from './recognizers/professionalism';

/** Every recognizer family, in one explicit list (a test checks each is here and has examples). */
export const RECOGNIZERS: readonly Recognizer[] = [
  identifierRecognizer,
  contactRecognizer,
  dateRecognizer,
  ageRecognizer,
  locationRecognizer,
  nameRecognizer,
  professionalismRecognizer,
  medicalAdviceRecognizer,
  patientStoryRecognizer,
];
