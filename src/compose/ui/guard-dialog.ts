import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Region } from '../../advice/types';
import { categoryLabel } from '../finding-advice';
import type { ShownFinding } from '../view-model';
import { adviceParagraph } from './panel';
import { mountShadowUi } from './shadow-ui';
import { STYLES } from './styles';

export type GuardChoice = 'edit' | 'post';

function text<K extends keyof HTMLElementTagNameMap>(tag: K, value: string, className = ''): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), { textContent: value, className });
}

/**
 * The contract dialog shown when a risky post is held: attribute data-second-look-dialog,
 * buttons "Edit post" (focused first, also Escape) and "Post anyway". Resolves with the choice.
 */
export async function askBeforePosting(ctx: ContentScriptContext, findings: readonly ShownFinding[], region: Region): Promise<GuardChoice> {
  let settle: (choice: GuardChoice) => void = () => undefined;
  const choice = new Promise<GuardChoice>((resolve) => (settle = resolve));
  const backdrop = text('div', '', 'sl-dialog-backdrop');
  const dialog = text('div', '', 'sl-dialog');
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('data-second-look-dialog', ''); // the contract element: the dialog itself, inside our shadow root
  dialog.setAttribute('aria-labelledby', 'sl-dialog-title');
  const title = text('h2', 'This post may identify a patient');
  title.id = 'sl-dialog-title';
  const list = text('ul', '', 'sl-list');
  for (const finding of findings) {
    const item = text('li', '', 'sl-finding');
    item.dataset.category = finding.category;
    item.append(text('span', categoryLabel(finding.category), 'sl-cat'));
    if (finding.term) item.append(text('span', finding.excerpt, 'sl-excerpt'));
    item.append(adviceParagraph(finding, region));
    list.append(item);
  }
  const buttons = text('div', '', 'sl-buttons');
  const post = text('button', 'Post anyway');
  const editButton = text('button', 'Edit post', 'sl-primary');
  for (const [button, value] of [[editButton, 'edit'], [post, 'post']] as const) {
    button.type = 'button';
    // only the author decides: a click made by a page script (our shadow root is open) releases nothing
    button.addEventListener('click', (event) => event.isTrusted && settle(value));
  }
  buttons.append(post, editButton);
  dialog.append(title, list, buttons);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.isTrusted) settle('edit');
    if (event.key === 'Tab') {
      // keep focus inside the dialog: it is modal
      event.preventDefault();
      (event.target === post ? editButton : post).focus();
    }
  });
  backdrop.append(dialog);
  // the site must not see Enter or Escape meant for us (mountShadowUi keeps keys inside)
  const ui = mountShadowUi(ctx, 'second-look-dialog', STYLES);
  ui.container.append(backdrop);
  editButton.focus();
  const answer = await choice;
  ui.remove();
  return answer;
}
