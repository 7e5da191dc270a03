import type { Region } from '../../advice/types';
import { adviceLine, categoryLabel } from '../finding-advice';
import type { ShownFinding } from '../view-model';

/** What the author can do with one finding from the panel. */
export interface FindingActions {
  show(finding: ShownFinding): void;
  dismiss(finding: ShownFinding): void;
  allow(finding: ShownFinding): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label: string, onClick: () => void, title?: string): HTMLButtonElement {
  const node = element('button', '', label);
  node.type = 'button';
  if (title) node.title = title;
  // a click made by a page script (our shadow root is open) must not dismiss a finding or allow a term
  node.addEventListener('click', (event) => event.isTrusted && onClick());
  return node;
}

/** The finding's first advice for the user's region, and whose guidance it is. */
export function adviceParagraph(finding: ShownFinding, region: Region): HTMLParagraphElement {
  const line = adviceLine(finding.category, region, finding.refinements);
  const paragraph = element('p', 'sl-advice', line.advice);
  if (line.source) paragraph.append(' ', element('span', 'sl-source', `— ${line.source}`));
  return paragraph;
}

/** Renders each finding (category, masked excerpt, reason, advice, actions) into the list; text only, never HTML. */
export function renderFindings(list: HTMLElement, findings: readonly ShownFinding[], actions: FindingActions, region: Region): void {
  list.replaceChildren();
  for (const finding of findings) {
    const item = element('li', 'sl-finding');
    item.dataset.category = finding.category;
    item.dataset.severity = finding.severity;
    const head = element('div', '');
    head.append(element('span', 'sl-cat', categoryLabel(finding.category)), element('span', 'sl-sev', finding.severity));
    if (finding.term) head.append(element('span', 'sl-excerpt', finding.excerpt));
    item.append(head, element('p', 'sl-reason', finding.reason), adviceParagraph(finding, region));
    const row = element('div', 'sl-actions');
    if (finding.term) row.append(button('Show in text', () => actions.show(finding)));
    row.append(button('Not a patient', () => actions.dismiss(finding), 'Ignore this for this draft'));
    if (finding.term) row.append(button('Always allow', () => actions.allow(finding), 'Never flag this term again'));
    item.append(row);
    list.append(item);
  }
}

/** A short spoken and written summary of a risk ("High risk: 2 findings"). */
export function summary(risk: string, count: number): string {
  const findings = `${count} finding${count === 1 ? '' : 's'}`;
  if (risk === 'high') return `High risk: ${findings}`;
  if (risk === 'medium') return `Check post: ${findings}`;
  if (risk === 'low') return `Low risk: ${findings}`;
  return 'No risk found';
}
