import type { Region } from '../advice/types';
import type { DailyStatus } from '../usage/daily-status';

/** What every indicator on the page shares: the advice region and the daily-limit nudge. */
export interface PageInfo {
  region: Region;
  /** One gentle line once today's time passed the daily limit; null otherwise. */
  nudge: string | null;
}

/** The page-wide info, with change listeners (indicators redraw when the region or the nudge changes). */
export class PageInfoStore {
  private info: PageInfo = { region: 'us', nudge: null };
  private readonly listeners = new Set<(info: PageInfo) => void>();

  /** The current info. */
  get(): PageInfo {
    return this.info;
  }

  /** Changes some of the info and tells the listeners, when anything changed. */
  set(patch: Partial<PageInfo>): void {
    const next = { ...this.info, ...patch };
    if (next.region === this.info.region && next.nudge === this.info.nudge) return;
    this.info = next;
    this.listeners.forEach((listener) => listener(next));
  }

  /** Calls back on each change; returns an unsubscribe function. */
  subscribe(listener: (info: PageInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The nudge for today's status (issue 5): a gentle line once the limit is passed, never a block. */
export function nudgeLine(status: DailyStatus): string | null {
  if (!status.overLimit) return null;
  const minutes = `${status.totalMinutes} minute${status.totalMinutes === 1 ? '' : 's'}`;
  return `You've spent ${minutes} on LinkedIn and X today — time for a break?`;
}
