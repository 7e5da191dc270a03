import type { Jurisdiction, Region } from '../advice/types';
import type { Refinement } from '../messaging/popup';
import { ADVICE_LINES, ADVICE_REGIONS, ADVICE_SOURCES, ADVICE_TOPICS } from './advice-table';

/** One line of advice beside a box: the catalogue's first item for the finding, and whose guidance it is. */
export interface AdviceLine {
  advice: string;
  /** The source's name; empty for a category the catalogue does not know. */
  source: string;
}

const FALLBACK: AdviceLine = { advice: 'Check whether this could identify a patient before posting.', source: '' };

/** The display label of a category ("identifier" -> "Number or code"); an unknown category shows as given. */
export function categoryLabel(category: string): string {
  return Object.hasOwn(ADVICE_TOPICS, category) ? (ADVICE_TOPICS[category]?.label ?? category) : category;
}

/** How near a jurisdiction is to the user's region (src/advice/lookup.ts orders the same way). */
function rank(jurisdiction: Jurisdiction, region: Region): number {
  const order: Jurisdiction[] = region === 'other' ? ['intl'] : [region, 'intl'];
  const at = order.indexOf(jurisdiction);
  return at === -1 ? order.length : at;
}

/**
 * The advice shown for a finding in the panel and the guard: the first item adviceFor() gives in the
 * popup, for the finding's refinements and the user's region. Read from a table generated from the
 * catalogue (advice-table.ts), so the content script does not carry the whole catalogue.
 */
export function adviceLine(category: string, region: Region, refinements: readonly Refinement[] = []): AdviceLine {
  const topic = Object.hasOwn(ADVICE_TOPICS, category) ? ADVICE_TOPICS[category] : undefined;
  if (!topic) return FALLBACK;
  const refined = topic.refined
    .filter(([refinement]) => refinements.includes(refinement))
    .reduce<readonly [Refinement, Jurisdiction, number] | undefined>((best, item) => (!best || rank(item[1], region) < rank(best[1], region) ? item : best), undefined);
  const index = refined ? refined[2] : topic.byRegion[ADVICE_REGIONS.indexOf(region)];
  const line = index === undefined ? undefined : ADVICE_LINES[index];
  return line ? { advice: line[0], source: ADVICE_SOURCES[line[1]] ?? '' } : FALLBACK;
}
