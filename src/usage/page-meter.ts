/**
 * The page's own measure of use, as a pure state machine: it is told what happened and when, and
 * hands out slices [start, end) of time during which the page was visible, focused and recently
 * used. It never reads a clock itself, so tests replay any sequence exactly.
 *
 * Timers stop while the computer sleeps and may be throttled, so a tick that arrives much later
 * than expected means the gap was not lived by the user: the slice ends at the last moment the
 * page was known to be awake, and the gap is dropped.
 */

export interface MeterOptions {
  /** Without input for this long the user is idle (the idle API's default threshold). */
  idleMs: number;
  /** How often the page reports a tick. */
  tickMs: number;
  /** A slice is handed out at least this often, so a crash loses little. */
  flushMs: number;
  /** A gap between ticks or events longer than this was sleep or throttling. */
  stretchMs: number;
}

export const DEFAULT_METER_OPTIONS: MeterOptions = { idleMs: 60_000, tickMs: 1_000, flushMs: 15_000, stretchMs: 3_000 };

export interface Slice {
  start: number;
  end: number;
}

export class PageMeter {
  private visible: boolean;
  private focused: boolean;
  private lastActivity = Number.NEGATIVE_INFINITY;
  private lastAwake: number;
  private segmentStart: number | null = null;

  constructor(
    private readonly emit: (slice: Slice) => void,
    initial: { now: number; visible: boolean; focused: boolean },
    private readonly options: MeterOptions = DEFAULT_METER_OPTIONS,
  ) {
    this.visible = initial.visible;
    this.focused = initial.focused;
    this.lastAwake = initial.now;
  }

  /** Input, scroll or pointer use of the page. */
  activity(now: number): void {
    this.advance(now);
    this.lastActivity = now;
    this.openIfCounting(now);
  }

  /** The page became visible or hidden. Becoming visible is itself use (the user picked the tab). */
  visibility(visible: boolean, now: number): void {
    this.advance(now);
    this.visible = visible;
    if (visible) this.lastActivity = now;
    this.reconsider(now);
  }

  /** The page gained or lost keyboard focus. Gaining it is use (the user came back to the window). */
  focus(focused: boolean, now: number): void {
    this.advance(now);
    this.focused = focused;
    if (focused) this.lastActivity = now;
    this.reconsider(now);
  }

  /** A timer tick: proof the page is awake; hands out the slice when it is due. */
  tick(now: number): void {
    this.advance(now);
  }

  /** The page is going away (navigation, close): hand out what was counted. */
  close(now: number): void {
    this.advance(now);
    this.closeSegment(now);
  }

  /** Whether time is being counted right now. */
  get counting(): boolean {
    return this.segmentStart !== null;
  }

  /** Where the slice being counted began, or null when not counting. */
  get countingSince(): number | null {
    return this.segmentStart;
  }

  private counts(now: number): boolean {
    return this.visible && this.focused && now < this.lastActivity + this.options.idleMs;
  }

  private advance(now: number): void {
    if (now < this.lastAwake) {
      // The clock went backwards (manual change): restart counting from here, never count negative time.
      this.segmentStart = this.segmentStart === null ? null : now;
      this.lastAwake = now;
      return;
    }
    if (now - this.lastAwake > this.options.stretchMs) {
      this.closeSegment(this.lastAwake);
      this.lastAwake = now;
      this.openIfCounting(now);
      return;
    }
    this.lastAwake = now;
    if (this.segmentStart === null) return;
    const idleAt = this.lastActivity + this.options.idleMs;
    if (idleAt <= now) {
      this.closeSegment(idleAt);
    } else if (now - this.segmentStart >= this.options.flushMs) {
      this.closeSegment(now);
      this.segmentStart = now;
    }
  }

  private reconsider(now: number): void {
    if (this.counts(now)) this.openIfCounting(now);
    else this.closeSegment(now);
  }

  private openIfCounting(now: number): void {
    if (this.segmentStart === null && this.counts(now)) this.segmentStart = now;
  }

  private closeSegment(end: number): void {
    const start = this.segmentStart;
    this.segmentStart = null;
    if (start !== null && end > start) this.emit({ start, end });
  }
}
