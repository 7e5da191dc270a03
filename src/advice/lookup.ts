import type { Refinement } from '../messaging/popup';
import { CATALOGUE } from './catalogue';
import { SOURCES } from './sources';
import type { AdviceItem, AdviceTopic, Jurisdiction, Region, Source } from './types';

export interface ResolvedAdvice extends Omit<AdviceItem, 'source'> {
  source: Source;
}

/** Jurisdiction order for a region: the user's own first, then research that applies anywhere. */
function jurisdictionRank(region: Region): (j: Jurisdiction) => number {
  const order: Jurisdiction[] = region === 'other' ? ['intl'] : [region, 'intl'];
  return (j) => {
    const at = order.indexOf(j);
    return at === -1 ? order.length : at;
  };
}

/**
 * Advice for a topic: items for the finding's refinements first, then the user's region, then
 * research, then the rest in catalogue order. Refinement-only items appear only when they apply.
 */
export function adviceFor(topic: AdviceTopic, region: Region, refinements: readonly Refinement[] = []): ResolvedAdvice[] {
  const rank = jurisdictionRank(region);
  const items = CATALOGUE[topic].filter((item) => !item.refinement || refinements.includes(item.refinement));
  const ordered = items
    .map((item, index) => ({ item, index, refined: item.refinement ? 0 : 1, place: rank(item.jurisdiction) }))
    .sort((a, b) => a.refined - b.refined || a.place - b.place || a.index - b.index)
    .map(({ item }) => item);
  return ordered.map((item) => ({ ...item, source: SOURCES[item.source] }));
}
