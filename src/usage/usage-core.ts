import type { UsageSite } from '../messaging/usage';
import type { UsageHistory } from './history';
import { addInterval, pruneHistory } from './ledger';
import { intersect, StateLog } from './state-log';

/**
 * The background's accounting, free of browser APIs: it learns which tab is the active tab of the
 * focused window and whether the user is idle, and accepts from each slice a page sends only the
 * part during which that page's tab qualified and the user was present. Every accepted slice is
 * saved at once and nothing is cached, so a worker stopped at any moment loses at most the slice in flight.
 */

export type IdleState = 'active' | 'idle' | 'locked';

/**
 * The idle API notices a returning user up to a second late (Chromium polls once a second), while
 * the page saw the input at once: a slice that starts this shortly before "active" was reported
 * starts with the user's return.
 */
export const IDLE_REPORT_LAG_MS = 2_000;

/**
 * How long state changes are remembered. A slice from before that is judged by the state that held
 * then, which is still known after a sleep (nothing changes while the machine sleeps).
 */
export const STATE_MEMORY_MS = 5 * 60_000;

export interface UsageStorage {
  load(): Promise<UsageHistory>;
  save(history: UsageHistory): Promise<void>;
}

export interface InitialState {
  /** The active tab of the focused window, or null when no browser window has focus. */
  focusedTab: number | null;
  idle: IdleState;
}

export class UsageCore {
  private readonly focusedTab: StateLog<number | null>;
  private readonly idle: StateLog<IdleState>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: UsageStorage,
    initial: InitialState,
  ) {
    this.focusedTab = new StateLog<number | null>(initial.focusedTab);
    this.idle = new StateLog<IdleState>(initial.idle);
  }

  /** The active tab of the focused window changed at `at` (null: no browser window has focus). */
  noteFocusedTab(tabId: number | null, at: number): void {
    this.focusedTab.set(tabId, at);
  }

  /** The idle API reported a new state at `at`. */
  noteIdle(state: IdleState, at: number): void {
    this.idle.set(state, at);
  }

  /** The tab believed to be the active tab of the focused window now. */
  get currentTab(): number | null {
    return this.focusedTab.current;
  }

  /** Counts what qualifies of a page's slice; resolves to the milliseconds added. */
  acceptSlice(site: UsageSite, start: number, end: number, tabId: number, now: number): Promise<number> {
    const task = this.queue.then(() => this.count(site, start, end, tabId, now));
    this.queue = task.catch(() => undefined);
    return task;
  }

  /** The history as counted so far (after pending slices). */
  async snapshot(): Promise<UsageHistory> {
    await this.queue;
    return this.storage.load();
  }

  private async count(site: UsageSite, start: number, end: number, tabId: number, now: number): Promise<number> {
    const until = Math.min(end, now);
    if (until <= start) return 0;
    const active = this.idle.intervalsWhere((state) => state === 'active', start, until);
    if (active[0] && active[0].start > start && active[0].start - start <= IDLE_REPORT_LAG_MS) active[0].start = start;
    const present = intersect(this.focusedTab.intervalsWhere((tab) => tab === tabId, start, until), active);
    this.focusedTab.forgetBefore(now - STATE_MEMORY_MS);
    this.idle.forgetBefore(now - STATE_MEMORY_MS);
    if (present.length === 0) return 0;
    // Read afresh each time: the options page may have deleted the history meanwhile.
    const history = await this.storage.load();
    let added = 0;
    for (const part of present) added += addInterval(history, site, part.start, part.end, now);
    if (added === 0) return 0;
    pruneHistory(history, now);
    await this.storage.save(history);
    return added;
  }
}
