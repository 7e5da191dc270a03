import { GENERIC_EDITORS } from './generic';
import { COMMON, type SiteAdapter } from './types';

/**
 * X's compose markup. X marks its parts with data-testid, which has been stable for years; each
 * list still ends with structural selectors. Checked against tests/compose/fixtures/x-*.html.
 */
export const xSite: SiteAdapter = {
  site: 'x',
  editors: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]', // post, reply and quote boxes (Draft.js)
    'textarea[data-testid^="tweetTextarea_"]', // mobile web
    '[data-testid="dmComposerTextInput"]', // direct messages
    ...GENERIC_EDITORS,
  ],
  shadowHosts: [],
  submitButtons: [
    '[data-testid="tweetButton"]', // "Post" in the compose modal
    '[data-testid="tweetButtonInline"]', // "Post"/"Reply" under the timeline box
    '[data-testid="dmComposerSendButton"]', // direct message "Send"
  ],
  composeRoots: [
    '#layers [role="dialog"]', // compose modal (post, quote, reply)
    '[data-testid="inline_reply_offscreen"]', // reply box under a post
    '[data-testid="DmActivityContainer"]', // direct messages
    ...COMMON.composeRoots,
  ],
  attachments: [
    '[data-testid="attachments"] img', // attached image previews
    ...COMMON.attachments,
  ],
};
