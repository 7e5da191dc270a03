// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { attachmentCount, composeRootOf, submitButtonFor } from '../../src/compose/compose-root';
import { GENERIC_EDITORS } from '../../src/compose/sites/generic';
import { linkedinSite } from '../../src/compose/sites/linkedin';
import type { SiteAdapter } from '../../src/compose/sites/types';
import { COMMON } from '../../src/compose/sites/types';
import { xSite } from '../../src/compose/sites/x';
import { isEditor } from '../../src/compose/watch-editors';
import { FIXTURES, loadFixture, must } from './load-fixture';

const SHARED = new Set<string>([...GENERIC_EDITORS, ...COMMON.attachments, ...COMMON.composeRoots, 'button[type="submit"]']);

function editorsIn(site: SiteAdapter): Element[] {
  const selector = site.editors.join(',');
  return [...document.querySelectorAll(selector)].filter((element) => isEditor(element, selector));
}

describe.each([
  ['linkedin', linkedinSite, FIXTURES.linkedin],
  ['x', xSite, FIXTURES.x],
] as const)('%s selectors', (_name, site, files) => {
  it('every site-specific selector matches something in a saved fixture', () => {
    const own = [...site.editors, ...site.shadowHosts, ...site.submitButtons, ...site.composeRoots, ...site.attachments].filter((s) => !SHARED.has(s));
    const unmatched = own.filter((selector) =>
      files.every((file) => {
        loadFixture(file);
        return document.querySelector(selector) === null;
      }),
    );
    expect(unmatched).toEqual([]);
  });

  it.each(files)('%s: one editor, whose submit button is its own box\'s', (file) => {
    loadFixture(file);
    const editors = editorsIn(site);
    expect(editors).toHaveLength(1);
    const button = submitButtonFor(editors[0] as Element, site);
    expect(button?.textContent?.trim() || button?.getAttribute('aria-label')).toMatch(/^(Post|Reply|Comment|Send)$/);
  });
});

describe('compose boxes', () => {
  it('finds the LinkedIn share box, its Post button and its attached image (not emoji in the text)', () => {
    loadFixture('linkedin-share.html');
    const editor = must('.ql-editor');
    expect(editorsIn(linkedinSite)).toEqual([editor]); // the Quill clipboard is not a draft
    expect(composeRootOf(editor, linkedinSite)).toBe(must('.share-box'));
    expect(attachmentCount(editor, linkedinSite)).toBe(1);
  });

  it('finds the X timeline box inside no known container through the submit button nearby', () => {
    loadFixture('x-home.html');
    const editor = must('[data-testid="tweetTextarea_0"]');
    const root = composeRootOf(editor, xSite);
    expect(root.contains(must('[data-testid="tweetButtonInline"]'))).toBe(true);
    expect(root.contains(must('[data-testid="tweet"]'))).toBe(false); // the timeline is not part of the box
    expect(attachmentCount(editor, xSite)).toBe(1);
  });

  it('finds the box of the X compose modal in #layers and the mobile textarea', () => {
    loadFixture('x-modal.html');
    expect(composeRootOf(must('#layers [data-testid="tweetTextarea_0"]'), xSite).matches('[role="dialog"]')).toBe(true);
    loadFixture('x-mobile.html');
    expect(editorsIn(xSite)).toEqual([must('textarea')]);
  });

  it('watches an unknown editable box through the generic fallback', () => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { contentEditable: 'true' }));
    expect(editorsIn(linkedinSite)).toHaveLength(1);
  });
});
