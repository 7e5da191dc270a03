import { rangeOf, type Draft } from './read-draft';
import type { Mark } from './ui/indicator';
import type { ShownFinding } from './view-model';

function clipped(rect: DOMRect, clip: DOMRect): DOMRect | null {
  const left = Math.max(rect.left, clip.left);
  const top = Math.max(rect.top, clip.top);
  const right = Math.min(rect.right, clip.right);
  const bottom = Math.min(rect.bottom, clip.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/** Highlight rectangles of each finding's text, clipped to the editor's box (text scrolled out of it is not marked). */
export function marksFor(draft: Draft, findings: readonly ShownFinding[], clip: DOMRect): Mark[] {
  const marks: Mark[] = [];
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    const range = rangeOf(draft, finding.start, finding.end);
    if (!range) continue;
    const rects: DOMRect[] = [];
    for (const rect of Array.from(range.getClientRects())) {
      const inside = clipped(rect, clip);
      if (inside) rects.push(inside);
    }
    if (rects.length > 0) marks.push({ rects, severity: finding.severity });
  }
  return marks;
}

/** Puts the caret on a finding (selecting its text) and scrolls it into view, without changing the editor's DOM. */
export function focusFinding(editor: Element, draft: Draft, finding: ShownFinding | undefined): void {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.focus();
    if (finding) editor.setSelectionRange(finding.start, finding.end);
    return;
  }
  if (editor instanceof HTMLElement) editor.focus({ preventScroll: false });
  const range = finding ? rangeOf(draft, finding.start, finding.end) : null;
  if (!range) return;
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const node = range.startContainer;
  (node instanceof Element ? node : node.parentElement)?.scrollIntoView?.({ block: 'nearest' });
}
