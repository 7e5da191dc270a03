// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DRAFT_LIMIT, findingKey, isAnalyzeResponse } from '../../src/messaging/compose';
import { MAX_DRAFT_CHARS } from '../../src/messaging/messages';
import { rangeOf, readDraft } from '../../src/compose/read-draft';
import { maskExcerpt } from '../../src/compose/mask';
import { loadFixture, must } from './load-fixture';

describe('readDraft', () => {
  it('reads a Quill draft per paragraph, with mentions, emoji alt text and hashtags as text', () => {
    loadFixture('linkedin-share.html');
    expect(readDraft(must('.ql-editor')).text).toBe('Great day with Dr Ana Lee on ward 7\n\nPt John Smith 😀 #nursing');
  });

  it('reads Draft.js blocks (X) with an empty line between them', () => {
    loadFixture('x-home.html');
    expect(readDraft(must('[data-testid="tweetTextarea_0"]')).text).toBe('Seen @nurse_amy today\n\nSSN 912-44-0087');
  });

  it('reads TipTap paragraphs with their mention chips', () => {
    loadFixture('linkedin-comment.html');
    expect(readDraft(must('.ProseMirror')).text).toBe('Thanks @Sam Doe, see you in bed 4');
  });

  it('keeps a name and the next line apart (textContent would run them together)', () => {
    loadFixture('linkedin-share.html');
    const editor = must('.ql-editor');
    expect(editor.textContent).toContain('ward 7Pt John');
    expect(readDraft(editor).text).not.toContain('7Pt');
  });

  it('maps offsets back to the DOM, across nodes and around an emoji image', () => {
    loadFixture('x-home.html');
    const draft = readDraft(must('[data-testid="tweetTextarea_0"]'));
    const ssn = draft.text.indexOf('912');
    expect(rangeOf(draft, ssn, ssn + 11)?.toString()).toBe('912-44-0087');
    expect(rangeOf(draft, 0, 15)?.toString()).toBe('Seen @nurse_amy'); // spans two text nodes
    loadFixture('linkedin-share.html');
    const withEmoji = readDraft(must('.ql-editor'));
    const start = withEmoji.text.indexOf('John');
    const range = rangeOf(withEmoji, start, withEmoji.text.indexOf('#'));
    expect(range?.cloneContents().querySelector('img')?.getAttribute('alt')).toBe('😀');
  });

  it('gives no range for offsets that no longer map (removed text)', () => {
    loadFixture('x-dm.html');
    const editor = must('[data-testid="dmComposerTextInput"]');
    const draft = readDraft(editor);
    editor.replaceChildren();
    expect(rangeOf(draft, 0, 3)).toBeNull();
    expect(rangeOf(draft, 500, 510)).toBeNull();
  });

  it('reads a textarea by its value and cuts a huge paste at the message limit', () => {
    const area = document.createElement('textarea');
    area.value = 'x'.repeat(DRAFT_LIMIT + 10);
    expect(readDraft(area).text).toHaveLength(DRAFT_LIMIT);
    expect(DRAFT_LIMIT).toBe(MAX_DRAFT_CHARS);
  });
});

describe('message helpers', () => {
  it('keys a finding by category and term, so it survives edits elsewhere', () => {
    expect(findingKey('name', ' John Smith ')).toBe(findingKey('name', 'john smith'));
    expect(findingKey('name', 'John')).not.toBe(findingKey('location', 'John'));
  });

  it('accepts a well-formed answer and rejects malformed ones', () => {
    const good = { ok: true, editorId: 'e', revision: 2, analysis: { risk: 'high', findings: [{ category: 'name', start: 0, end: 4, severity: 'high', recognizer: 'r', reason: 'why' }] } };
    expect(isAnalyzeResponse(good)).toBe(true);
    expect(isAnalyzeResponse({ ...good, analysis: { risk: 'extreme', findings: [] } })).toBe(false);
    expect(isAnalyzeResponse({ ...good, analysis: { risk: 'low', findings: [{ category: 'name', start: 5, end: 1 }] } })).toBe(false);
    expect(isAnalyzeResponse({ ok: false, error: 'x' })).toBe(false);
    expect(isAnalyzeResponse(null)).toBe(false);
  });

  it('masks excerpts: initials of words, only the last two digits of numbers', () => {
    expect(maskExcerpt('John Smith')).toBe('J••• S••••');
    expect(maskExcerpt('00452318')).toBe('••••••18');
    expect(maskExcerpt('912-44-0087')).toBe('•••-••-••87');
  });
});
