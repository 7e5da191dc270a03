import type { Region } from '../../src/advice';
import { el } from '../popup/dom';

/** What the welcome page's controls do; browser calls in the app, fakes in tests. */
export interface WelcomeActions {
  saveRegion(region: Region): Promise<void>;
  openSettings(): void;
}

export const REGIONS: ReadonlyArray<{ value: Region; label: string; lead: string }> = [
  { value: 'us', label: 'United States', lead: 'HIPAA, the AMA, ANA and NCSBN' },
  { value: 'uk', label: 'United Kingdom', lead: 'the GMC, NMC and UK professional bodies' },
  { value: 'ca', label: 'Canada', lead: 'the CPSO, CMPA and provincial colleges' },
  { value: 'au', label: 'Australia', lead: 'Ahpra and the National Boards' },
  { value: 'other', label: 'Somewhere else', lead: 'research that applies anywhere' },
];

const CHECKS = [
  'Names, initials, ages, dates, places and room numbers',
  'Phone numbers, emails, record and other identifying numbers',
  'A patient story that could be recognised even without a name',
  'Photos or videos attached to the post',
  'Remarks about patients or colleagues, and personal medical advice',
  'How long you spend on LinkedIn and X each day',
];

/** The region picker: radio buttons that save on change and say so. */
function regionPicker(current: Region, actions: WelcomeActions): HTMLElement {
  const status = el('p', { class: 'status', role: 'status' });
  const options = REGIONS.map(({ value, label }) => {
    const input = el('input', { type: 'radio', name: 'region', value, id: `region-${value}` });
    input.checked = value === current;
    input.addEventListener('change', () => {
      status.textContent = 'Saving…';
      actions.saveRegion(value).then(
        () => (status.textContent = `Saved. Advice will lead with ${REGIONS.find((r) => r.value === value)?.lead}.`),
        (error: unknown) => (status.textContent = error instanceof Error ? error.message : 'Not saved. Try again in Settings.'),
      );
    });
    return el('label', { for: `region-${value}`, class: 'choice' }, [input, ` ${label}`]);
  });
  return el('fieldset', { class: 'regions' }, [el('legend', { text: 'Where do you practise?' }), ...options, status]);
}

/** Draws the first-run page: what is checked, the privacy promise, and the region picker. */
export function renderWelcome(root: HTMLElement, current: Region, actions: WelcomeActions): void {
  const settings = el('button', { type: 'button', class: 'link', text: 'Open all settings' });
  settings.addEventListener('click', () => actions.openSettings());
  root.replaceChildren(
    el('h1', { text: 'Welcome to Second Look' }),
    el('p', { class: 'lead', text: 'Before a post on LinkedIn or X goes out, Second Look takes a second look for details that could identify a patient, and tells you what the guidance says.' }),
    el('section', { 'aria-labelledby': 'checks-title' }, [
      el('h2', { id: 'checks-title', text: 'What it checks' }),
      el('ul', {}, CHECKS.map((check) => el('li', { text: check }))),
    ]),
    el('section', { 'aria-labelledby': 'privacy-title' }, [
      el('h2', { id: 'privacy-title', text: 'Nothing leaves your device' }),
      el('p', { text: 'Your drafts are checked inside your browser. They are never sent anywhere and never saved; only the minutes you spend on each site are kept, on this device.' }),
    ]),
    el('section', { 'aria-labelledby': 'region-title' }, [
      el('h2', { id: 'region-title', text: 'Your region' }),
      el('p', { text: 'Advice leads with your own regulators’ and professional bodies’ guidance.' }),
      regionPicker(current, actions),
    ]),
    el('p', {}, [settings]),
  );
}
