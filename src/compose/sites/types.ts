/**
 * What the compose layer needs to know about one site's DOM. Everything site-specific lives in an
 * object of this shape (one file per site); the rest of src/compose/ is site-agnostic.
 */
export interface SiteAdapter {
  /** Which site this is, as sent to the background. */
  readonly site: 'linkedin' | 'x' | 'other';
  /** Selectors of draft editors (contenteditable boxes or textareas), most specific first. */
  readonly editors: readonly string[];
  /** Elements whose open shadow roots may hold editors (they are looked into eagerly). */
  readonly shadowHosts: readonly string[];
  /** Selectors of the buttons that submit a draft (Post, Reply, Comment, Send). */
  readonly submitButtons: readonly string[];
  /** Selectors of containers that hold one compose box (editor, attachments, submit button). */
  readonly composeRoots: readonly string[];
  /** Selectors of attachment previews (images or videos added to a compose box). */
  readonly attachments: readonly string[];
}

/** The parts of a site's knowledge every site shares; site files spread this and add their own. */
export const COMMON: Pick<SiteAdapter, 'attachments' | 'composeRoots'> = {
  attachments: [
    'img[src^="blob:"]', // a just-attached image is previewed from an object URL on every site we know
    'video', // an attached video preview
  ],
  composeRoots: [
    'form', // messaging and comment forms
    '[role="dialog"]', // compose modals
  ],
};
