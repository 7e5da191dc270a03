import type { AdviceTopic } from './types';

/** What each topic is called in the popup, and a line on why it is a risk when the engine gives none. */
export const TOPIC_LABELS: Readonly<Record<AdviceTopic, { label: string; risk: string }>> = {
  name: { label: 'Name', risk: 'A name, or initials, can identify the patient directly.' },
  date: { label: 'Date', risk: 'Dates of care or birth narrow down who the patient is.' },
  age: { label: 'Age', risk: 'An exact age, with other details, can single out the patient.' },
  location: { label: 'Place', risk: 'A place smaller than a state or region points at the patient.' },
  contact: { label: 'Contact details', risk: 'Phone numbers, emails and addresses reach the person directly.' },
  identifier: { label: 'Number or code', risk: 'Record, account and other numbers belong to one person.' },
  patient_story: { label: 'Patient story', risk: 'The story as a whole may let the patient or their family recognise it.' },
  professionalism: { label: 'Tone', risk: 'Remarks about patients or colleagues reflect on you and your profession.' },
  medical_advice: { label: 'Personal advice', risk: 'Advice to one person online can start a clinical relationship.' },
  media: { label: 'Photo or video', risk: 'An image can show a face, wristband, screen or label.' },
  time: { label: 'Time on social media', risk: 'Long sessions on social media go with distraction and stress.' },
};
