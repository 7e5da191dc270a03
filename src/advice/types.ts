import type { Category } from '../detect/types';
import type { Refinement } from '../messaging/popup';
import type { SourceKey } from './sources';

/** Every text category, `media`, and `time` (time spent on the sites, for the usage section). */
export type AdviceTopic = Category | 'time';

/** Whose rules an item rests on; `intl` is research that applies anywhere. */
export type Jurisdiction = 'us' | 'uk' | 'ca' | 'au' | 'intl';

/** The user's region as the settings hold it. */
export type Region = 'us' | 'uk' | 'ca' | 'au' | 'other';

/** One piece of advice, in our own words, with the source it rests on. */
export interface AdviceItem {
  id: string;
  jurisdiction: Jurisdiction;
  /** What to do, one or two sentences. */
  advice: string;
  /** One line on why it matters. */
  why: string;
  source: SourceKey;
  /** Shown only when a finding carries this refinement, and then first. */
  refinement?: Refinement;
}

export interface Source {
  name: string;
  url: string;
}
