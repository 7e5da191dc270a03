import type { LoadedSettings } from '../../src/settings/store';
import { SENSITIVITY_ORDER, type Settings } from '../../src/settings/schema';

const LOCKED_NOTE = 'Set by your organisation.';

/** The element bound to a setting (by data-setting). */
export function control<T extends HTMLElement>(key: keyof Settings): T {
  return document.querySelector<T>(`[data-setting="${key}"]`)!;
}

/** Puts the effective settings into the form, locking what the policy fixes. Never touches a field being edited. */
export function fillForm(loaded: LoadedSettings): void {
  const { settings } = loaded;
  const editing = document.activeElement;
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name="site"]')) {
    box.checked = settings.sites[box.value as keyof Settings['sites']];
  }
  setValue(control<HTMLSelectElement>('sensitivity'), settings.sensitivity, editing);
  setValue(control<HTMLSelectElement>('region'), settings.region, editing);
  setValue(control<HTMLInputElement>('dailyLimitMinutes'), String(settings.dailyLimitMinutes), editing);
  for (const key of ['customTerms', 'allowlist', 'customPatterns'] as const) {
    setValue(control<HTMLTextAreaElement>(key), settings[key].join('\n'), editing);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-setting]')) {
    lock(element, loaded.locked.includes(element.dataset.setting as keyof Settings));
  }
  const floor = loaded.minimumSensitivity;
  const help = document.getElementById('sensitivity-help')!;
  help.textContent = floor ? `Your organisation requires at least “${floor}”.` : '';
  for (const option of control<HTMLSelectElement>('sensitivity').options) {
    option.disabled = floor !== undefined && SENSITIVITY_ORDER.indexOf(option.value as Settings['sensitivity']) < SENSITIVITY_ORDER.indexOf(floor);
  }
  document.getElementById('managed')!.hidden = loaded.locked.length === 0 && !floor;
  const notice = document.getElementById('notice')!;
  notice.hidden = !loaded.notice;
  notice.textContent = loaded.notice ?? '';
}

function setValue(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, editing: Element | null): void {
  if (element !== editing) element.value = value;
}

function lock(element: HTMLElement, locked: boolean): void {
  (element as HTMLInputElement | HTMLFieldSetElement).disabled = locked;
  element.dataset.locked = String(locked);
  const noteId = `${element.id}-locked`;
  let note = document.getElementById(noteId);
  if (locked && !note) {
    note = document.createElement('p');
    note.id = noteId;
    note.className = 'locked-note';
    note.textContent = LOCKED_NOTE;
    element.after(note);
    element.setAttribute('aria-describedby', [element.getAttribute('aria-describedby'), noteId].filter(Boolean).join(' '));
  } else if (!locked && note) {
    note.remove();
  }
}
