import { loadSettings, saveSettings, watchSettings } from '../../src/settings/store';
import type { Settings } from '../../src/settings/schema';
import { wireDataButtons } from './data';
import { control, fillForm } from './form';
import { checkPatternLines, listLines, renderPatternResults } from './patterns';

const status = document.getElementById('status')!;
const say = (text: string) => (status.textContent = text);

/** Saves one change; every open tab picks it up through storage.onChanged, without a reload. */
async function save(patch: Partial<Settings>): Promise<void> {
  try {
    fillForm(await saveSettings(patch));
    say('Saved. Open LinkedIn and X tabs use it now.');
  } catch (error) {
    say((error as Error).message);
  }
}

function onChange(key: keyof Settings, read: () => Partial<Settings>): void {
  control(key).addEventListener('change', () => void save(read()));
}

onChange('sites', () => {
  const checked = (value: string) => document.querySelector<HTMLInputElement>(`input[name="site"][value="${value}"]`)!.checked;
  return { sites: { linkedin: checked('linkedin'), x: checked('x') } };
});
onChange('sensitivity', () => ({ sensitivity: control<HTMLSelectElement>('sensitivity').value as Settings['sensitivity'] }));
onChange('region', () => ({ region: control<HTMLSelectElement>('region').value as Settings['region'] }));
onChange('customTerms', () => ({ customTerms: listLines(control<HTMLTextAreaElement>('customTerms').value) }));
onChange('allowlist', () => ({ allowlist: listLines(control<HTMLTextAreaElement>('allowlist').value) }));

const limit = control<HTMLInputElement>('dailyLimitMinutes');
limit.addEventListener('change', () => {
  const minutes = Number(limit.value);
  const valid = limit.value.trim() !== '' && Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440;
  limit.setAttribute('aria-invalid', String(!valid));
  if (valid) void save({ dailyLimitMinutes: minutes });
  else say('The daily limit must be a whole number of minutes from 0 to 1440.');
});

// Patterns are checked as they are typed and saved only when every line is accepted.
const patterns = control<HTMLTextAreaElement>('customPatterns');
const example = document.getElementById('pattern-example') as HTMLInputElement;
const results = document.getElementById('pattern-results')!;
const checkPatterns = () => {
  const checked = checkPatternLines(patterns.value, example.value);
  renderPatternResults(results, checked);
  patterns.setAttribute('aria-invalid', String(checked.some((r) => !r.ok)));
  return checked;
};
patterns.addEventListener('input', checkPatterns);
example.addEventListener('input', checkPatterns);
patterns.addEventListener('change', () => {
  const checked = checkPatterns();
  if (checked.every((r) => r.ok)) void save({ customPatterns: checked.map((r) => r.source) });
  else say('Identifier formats not saved: fix the rejected pattern first.');
});

void (async () => {
  fillForm(await loadSettings());
  checkPatterns();
  watchSettings((loaded) => {
    fillForm(loaded);
    checkPatterns();
  });
  await wireDataButtons(say);
})();
