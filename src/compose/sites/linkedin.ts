import { GENERIC_EDITORS } from './generic';
import { COMMON, type SiteAdapter } from './types';

/**
 * LinkedIn's compose markup. Class names are being replaced by hashed ones and labels are
 * translated, so each list ends with structural selectors; class selectors are kept while they work.
 * Every selector is checked against tests/compose/fixtures/linkedin-*.html.
 */
export const linkedinSite: SiteAdapter = {
  site: 'linkedin',
  editors: [
    '.ql-editor[contenteditable="true"]', // share box (Quill)
    '.ProseMirror[contenteditable="true"]', // newer comment and reply boxes (TipTap)
    '.msg-form__contenteditable[contenteditable="true"]', // messaging
    ...GENERIC_EDITORS,
  ],
  shadowHosts: [
    '#interop-outlet', // the newer share box renders in this host's open shadow root
  ],
  submitButtons: [
    '.share-actions__primary-action', // share box "Post"
    '.comments-comment-box__submit-button--cr', // comment and reply boxes "Comment"/"Reply"
    '.msg-form__send-button', // messaging "Send"
    'button[type="submit"]', // forms that wrap a box (messaging, replies)
  ],
  composeRoots: [
    '.share-box', // share box, inline or in its modal
    '.comments-comment-box', // comment and reply boxes
    '.msg-form', // messaging
    ...COMMON.composeRoots,
  ],
  attachments: [
    '.share-creation-state__media img', // attached image preview in the share box
    ...COMMON.attachments,
  ],
};
