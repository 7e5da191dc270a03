import { vi } from 'vitest';
import type { UsageSite } from '../../src/messaging/usage';
import { parseHistory, type UsageHistory } from '../../src/usage/history';
import { PageMeter, type Slice } from '../../src/usage/page-meter';
import { UsageCore, type IdleState } from '../../src/usage/usage-core';

/**
 * A simulated user and browser for replaying event sequences under vitest's fake timers. It drives
 * the real PageMeter (one per tab, ticking on real setInterval timers) and the real UsageCore, and
 * keeps its own ground truth: time when a watched site's tab is the active tab of the focused
 * window, the machine is awake, the screen unlocked and the last input less than 60 s ago.
 * Truth days come from Intl (not from the code under test).
 */

export type TabSite = UsageSite | 'other';
interface Tab { id: number; site: TabSite; meter?: PageMeter; lastTick: number; visible?: boolean; focused?: boolean }
interface Win { id: number; tabs: Tab[]; active: number }

const IDLE_MS = 60_000;
const HIDDEN_TICK_MS = 60_000; // hidden tabs' timers are throttled to about once a minute

export class World {
  readonly truth = new Map<string, number>(); // `${day} ${site}` -> ms
  private windows: Win[] = [];
  private focused: number | null = null;
  private lastInput: number;
  private locked = false;
  private idleReported: IdleState = 'active';
  private stored: unknown = undefined;
  private outbox: Array<{ tabId: number; site: UsageSite; slice: Slice }> = [];
  private core: UsageCore;
  private readonly dayOf: Intl.DateTimeFormat;
  private nextTabId = 1;
  private pendingIdle: ReturnType<typeof setTimeout> | undefined;

  /** `liars`: pages believe they are always focused (as under focus emulation); only the background gate saves the count. */
  constructor(timeZone: string, private readonly random: () => number, private readonly liars = false) {
    this.dayOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    this.lastInput = Date.now();
    this.core = this.newCore();
  }

  get now(): number { return Date.now(); }

  openWindow(sites: TabSite[]): number {
    const win: Win = { id: this.windows.length + 1, tabs: [], active: 0 };
    for (const site of sites) win.tabs.push({ id: this.nextTabId++, site, lastTick: this.now });
    win.active = win.tabs[0]!.id;
    this.windows.push(win);
    for (const tab of win.tabs) this.startPage(win, tab);
    this.focusWindow(win.id);
    return win.id;
  }

  focusWindow(id: number | null): void {
    this.focused = id;
    this.core.noteFocusedTab(this.qualifiedTab()?.id ?? null, this.now);
    this.notifyPages();
    if (id !== null) this.input();
  }

  switchTab(windowId: number, index: number): void {
    const win = this.windows.find((w) => w.id === windowId)!;
    win.active = win.tabs[index % win.tabs.length]!.id;
    if (this.focused === windowId) this.core.noteFocusedTab(this.qualifiedTab()?.id ?? null, this.now);
    this.notifyPages();
    if (this.focused === windowId) this.input();
  }

  /** The user types, scrolls or moves the pointer in whatever has focus. */
  input(): void {
    if (this.locked) return;
    this.lastInput = this.now;
    const tab = this.qualifiedTab();
    tab?.meter?.activity(this.now);
    if (this.idleReported !== 'active') this.reportIdle('active', Math.floor(this.random() * 1000));
  }

  lock(): void { this.locked = true; this.reportIdle('locked', 0); }
  unlock(): void { this.locked = false; this.input(); }

  /** The background worker is stopped and started again: in-memory state is gone. */
  async restartWorker(): Promise<void> {
    await this.deliver();
    this.core = this.newCore();
  }

  /** The computer sleeps: no timer fires, no time is lived. */
  async sleep(ms: number): Promise<void> {
    await this.deliver();
    vi.setSystemTime(this.now + ms);
    if (this.now - this.lastInput >= IDLE_MS && this.idleReported === 'active') this.reportIdle('idle', 0);
  }

  /** Time passes while the machine is awake; truth accrues and timers fire. */
  async wait(ms: number): Promise<void> {
    let left = ms;
    while (left > 0) {
      const idleAt = this.lastInput + IDLE_MS;
      let step = Math.min(left, 1_000);
      if (idleAt > this.now && idleAt - this.now < step) step = idleAt - this.now;
      if (this.countsNow()) this.addTruth(this.now, this.now + step);
      vi.advanceTimersByTime(step);
      left -= step;
      if (this.now >= idleAt && this.idleReported === 'active') this.reportIdle('idle', 0);
      await this.deliver();
    }
  }

  /** True when no page holds uncounted time. */
  get quiet(): boolean {
    return this.windows.every((w) => w.tabs.every((t) => !t.meter?.counting));
  }

  /** Milliseconds counted by pages but not yet handed to the background. */
  get unflushed(): number {
    let ms = 0;
    for (const w of this.windows) for (const t of w.tabs) ms += t.meter?.counting ? this.now - t.meter.countingSince! : 0;
    return ms;
  }

  /** Counted history as stored by the background. */
  async history(): Promise<UsageHistory> {
    await this.deliver();
    await this.core.snapshot();
    return parseHistory(structuredClone(this.stored)).history;
  }

  private newCore(): UsageCore {
    return new UsageCore(
      {
        load: async () => parseHistory(structuredClone(this.stored)).history,
        save: async (history) => { this.stored = structuredClone(history); },
      },
      { focusedTab: this.qualifiedTab()?.id ?? null, idle: this.idleReported },
    );
  }

  private reportIdle(state: IdleState, lagMs: number): void {
    this.idleReported = state;
    const at = this.now;
    // The idle API polls: a state superseded before the next poll is never reported.
    clearTimeout(this.pendingIdle);
    this.pendingIdle = setTimeout(() => this.core.noteIdle(state, at + lagMs), lagMs);
  }

  private qualifiedTab(): Tab | undefined {
    const win = this.windows.find((w) => w.id === this.focused);
    return win?.tabs.find((t) => t.id === win.active);
  }

  private countsNow(): boolean {
    const site = this.qualifiedTab()?.site;
    return site !== undefined && site !== 'other' && !this.locked && this.now < this.lastInput + IDLE_MS;
  }

  private addTruth(start: number, end: number): void {
    const site = this.qualifiedTab()!.site;
    let cursor = start;
    while (cursor < end) {
      let cut = end;
      const day = this.dayOf.format(cursor);
      if (this.dayOf.format(end - 1) !== day) {
        let lo = cursor, hi = end - 1; // find the first millisecond of the next day
        while (hi - lo > 1) { const mid = Math.floor((lo + hi) / 2); if (this.dayOf.format(mid) === day) lo = mid; else hi = mid; }
        cut = hi;
      }
      this.truth.set(`${day} ${site}`, (this.truth.get(`${day} ${site}`) ?? 0) + cut - cursor);
      cursor = cut;
    }
  }

  private startPage(win: Win, tab: Tab): void {
    if (tab.site === 'other') return;
    const site = tab.site;
    const state = this.pageState(win, tab);
    Object.assign(tab, state);
    tab.meter = new PageMeter((slice) => this.outbox.push({ tabId: tab.id, site, slice }), { now: this.now, ...state });
    const phase = 1 + Math.floor(this.random() * 999);
    setTimeout(() => setInterval(() => {
      const visible = this.pageState(win, tab).visible;
      if (!visible && this.now - tab.lastTick < HIDDEN_TICK_MS) return;
      tab.lastTick = this.now;
      tab.meter!.tick(this.now);
    }, 1_000), phase);
  }

  private pageState(win: Win, tab: Tab): { visible: boolean; focused: boolean } {
    const visible = win.active === tab.id;
    return { visible, focused: visible && (this.liars || this.focused === win.id) };
  }

  private notifyPages(): void {
    for (const win of this.windows) {
      for (const tab of win.tabs) {
        const state = this.pageState(win, tab);
        // Pages hear only changes, as with visibilitychange, focus and blur events.
        if (state.visible !== tab.visible) tab.meter?.visibility(state.visible, this.now);
        if (state.focused !== tab.focused) tab.meter?.focus(state.focused, this.now);
        Object.assign(tab, state);
      }
    }
  }

  private async deliver(): Promise<void> {
    const batch = this.outbox.splice(0);
    for (const { tabId, site, slice } of batch) await this.core.acceptSlice(site, slice.start, slice.end, tabId, this.now);
  }
}
