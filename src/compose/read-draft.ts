import { DRAFT_LIMIT as MAX_DRAFT_CHARS } from '../messaging/compose';

/** A run of the draft's text and the DOM node it came from (a text node, or an image read by its alt). */
export interface Segment {
  start: number;
  end: number;
  node: Node;
}

/** The draft as the user sees it, with a map from text offsets back to the DOM. */
export interface Draft {
  text: string;
  segments: Segment[];
}

// Elements that start a new line; textContent would run their text together ("John Smith" + "MRN").
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const FORMATTING = /^[ \t]*\n\s*$/;

/** Reads an editor's draft per block, keeping line breaks, emoji alt text and mentions as text. */
export function readDraft(editor: Element): Draft {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { text: editor.value.slice(0, MAX_DRAFT_CHARS), segments: [] };
  }
  const segments: Segment[] = [];
  let text = '';
  const lineBreak = (): void => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const append = (value: string, node: Node): void => {
    if (!value || text.length >= MAX_DRAFT_CHARS) return;
    const piece = value.slice(0, MAX_DRAFT_CHARS - text.length);
    segments.push({ start: text.length, end: text.length + piece.length, node });
    text += piece;
  };
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (text.length >= MAX_DRAFT_CHARS) return;
      if (child.nodeType === Node.TEXT_NODE) {
        // whitespace with a line break between blocks is markup indentation, not something typed
        if (!FORMATTING.test((child as Text).data)) append((child as Text).data, child);
      } else if (child instanceof Element && !SKIPPED.has(child.tagName)) {
        if (child.tagName === 'BR') text += '\n';
        else if (child.tagName === 'IMG') append(child.getAttribute('alt') ?? '', child);
        else if (BLOCKS.has(child.tagName)) {
          lineBreak();
          walk(child);
          lineBreak();
        } else walk(child);
      }
    }
  };
  walk(editor);
  return { text: text.endsWith('\n') ? text.slice(0, -1) : text, segments };
}

/** Index of the first segment ending after `offset` (binary search; segments are in text order). */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((segments[mid] as Segment).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The DOM range of text offsets [start, end) of a draft, or null when it no longer maps (edited, removed). */
export function rangeOf(draft: Draft, start: number, end: number): Range | null {
  const first = draft.segments[segmentAt(draft.segments, start)];
  const last = draft.segments[segmentAt(draft.segments, Math.max(start, end - 1))];
  if (!first || !last || first.start >= end || !first.node.isConnected || !last.node.isConnected) return null;
  const range = document.createRange();
  try {
    if (first.node.nodeType === Node.TEXT_NODE) range.setStart(first.node, Math.max(0, start - first.start));
    else range.setStartBefore(first.node);
    if (last.node.nodeType === Node.TEXT_NODE) range.setEnd(last.node, Math.min((last.node as Text).length, end - last.start));
    else range.setEndAfter(last.node);
  } catch {
    return null; // the node changed length since it was read: the next analysis redraws
  }
  return range;
}
