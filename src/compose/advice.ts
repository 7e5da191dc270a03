/**
 * A label and one line of advice per category, for the inline panel and the guard. The popup shows
 * the full advice with sources (src/advice/); this is the short version that fits beside a box.
 */
const LINES: Record<string, { label: string; advice: string }> = {
  name: { label: 'Name', advice: 'Leave out names and initials, even partial ones, unless the person agreed in writing.' },
  date: { label: 'Date', advice: 'Drop exact dates of admission, birth or treatment; "recently" is enough.' },
  age: { label: 'Age', advice: 'An exact age with other details can identify someone; use a range or leave it out.' },
  location: { label: 'Place', advice: 'Ward, bed, unit or hospital names narrow it down to one person.' },
  contact: { label: 'Contact', advice: 'Remove phone numbers, emails and addresses.' },
  identifier: { label: 'Identifier', advice: 'Record numbers and IDs must never be posted; remove it.' },
  patient_story: { label: 'Patient story', advice: 'A unique case story can be recognised by the patient or family; generalise it.' },
  professionalism: { label: 'Professionalism', advice: 'Would you say this in front of the patient and your regulator?' },
  medical_advice: { label: 'Medical advice', advice: 'Personal medical advice online creates a duty of care; point to general guidance.' },
  media: { label: 'Image or video', advice: 'Check for faces, wristbands, screens, whiteboards and labels on scans before posting.' },
};

/** The display label of a category ("identifier" -> "Identifier"); unknown categories show as given. */
export function categoryLabel(category: string): string {
  return LINES[category]?.label ?? category;
}

/** One line of advice for a category, or a general line for an unknown one. */
export function shortAdvice(category: string): string {
  return LINES[category]?.advice ?? 'Check whether this could identify a patient before posting.';
}
