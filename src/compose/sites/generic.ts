import { COMMON, type SiteAdapter } from './types';

/**
 * The fallback for markup we do not know yet: any editable box. Site files append these editors
 * after their own, so a redesign that renames every class still leaves the draft watched.
 */
export const GENERIC_EDITORS = [
  '[role="textbox"][contenteditable="true"]', // rich text boxes announce themselves by role
  '[contenteditable="true"]', // unlabelled rich text boxes
  '[contenteditable="plaintext-only"]', // plain text boxes
  'textarea', // plain and mobile-web boxes
] as const;

/** Editable elements that are not drafts: helpers kept out of the tab order or hidden (Quill's clipboard). */
export const NOT_EDITORS = '[tabindex="-1"], [aria-hidden="true"], [readonly], [disabled]';

export const genericSite: SiteAdapter = {
  site: 'other',
  editors: GENERIC_EDITORS,
  shadowHosts: [],
  submitButtons: ['button[type="submit"]'], // the one structural hint every form shares
  ...COMMON,
};
