import { TOPIC_LABELS, adviceFor, type Region } from '../../src/advice';
import type { Refinement } from '../../src/messaging/popup';
import { el } from './dom';
import type { FindingGroup } from './model';
import { adviceList } from './render-advice';

const SEVERITY_TEXT = { low: 'Low', medium: 'Medium', high: 'High' } as const;
/** Advice items shown before "More advice": fewer for low risks, so the serious ones stay in view. */
const SHOWN = { low: 1, medium: 2, high: 2 } as const;

/** One risk category found in the tab: what (masked), why, what to do, and the sources. */
export function findingCard(group: FindingGroup, region: Region): HTMLElement {
  const { label, risk } = TOPIC_LABELS[group.category];
  const titleId = `risk-${group.category}`;
  const refinements = [...new Set(group.findings.flatMap((finding): Refinement[] => finding.refinements))];
  const reasons = [...new Set(group.findings.map((finding) => finding.reason.trim()).filter(Boolean))].slice(0, 2);
  const excerpts = [...new Set(group.findings.map((finding) => finding.excerpt).filter((e): e is string => !!e))].slice(0, 6);
  return el('section', { class: `risk sev-${group.severity}`, 'data-category': group.category, 'data-severity': group.severity, 'aria-labelledby': titleId }, [
    el('header', { class: 'risk-head' }, [
      el('h2', { id: titleId, text: label }),
      el('span', { class: 'chip', text: `${SEVERITY_TEXT[group.severity]} risk` }),
    ]),
    excerpts.length > 0 &&
      el('ul', { class: 'excerpts', 'aria-label': 'Where, masked' }, excerpts.map((excerpt) => el('li', { class: 'excerpt', text: excerpt }))),
    el('p', { class: 'why', text: reasons.length > 0 ? reasons.join(' ') : risk }),
    adviceList(adviceFor(group.category, region, refinements), SHOWN[group.severity], `What to do about ${label.toLowerCase()}`),
  ]);
}
