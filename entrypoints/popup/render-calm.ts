import { adviceFor, type Region } from '../../src/advice';
import { el } from './dom';
import type { PopupModel } from './model';
import { adviceList } from './render-advice';

/** Headline and line for a tab with nothing to show, by why there is nothing. */
function calmText(model: PopupModel): { title: string; text: string; state: string } {
  if (!model.site) {
    return {
      state: 'off-site',
      title: 'Second Look checks posts on LinkedIn and X',
      text: 'Start a post there and this window shows anything worth a second look, with advice.',
    };
  }
  if (!model.hasDraft) {
    return { state: 'no-draft', title: 'No draft yet', text: 'Start writing a post: it is checked as you type, on this device only.' };
  }
  return { state: 'clean', title: 'Nothing to check in your draft', text: 'No patient details or other risks found so far.' };
}

/** The calm state: what is (not) happening here, and two tips worth keeping in mind anyway. */
export function calmState(model: PopupModel, region: Region): HTMLElement {
  const { title, text, state } = calmText(model);
  return el('section', { class: 'calm', 'data-state': state, 'aria-labelledby': 'calm-title' }, [
    el('h2', { id: 'calm-title', text: title }),
    el('p', { text }),
    el('h3', { text: 'Worth remembering' }),
    adviceList(adviceFor('patient_story', region).slice(0, 2), 2, 'Tips for patient stories'),
  ]);
}
