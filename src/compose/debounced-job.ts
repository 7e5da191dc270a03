/**
 * Runs an async job after a pause in calls (typing), and tells whether anything is still pending:
 * the guard waits for the latest draft's answer before it lets a post through.
 */
export class DebouncedJob {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | null = null;

  constructor(private readonly job: () => Promise<void>, private readonly delayMs: number) {}

  /** Runs the job once no call came for the delay. */
  later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.delayMs);
  }

  /** Runs the job at once, instead of any pending run. */
  now(): Promise<void> {
    clearTimeout(this.timer);
    return this.run();
  }

  /** Runs a pending job now and waits for it, or waits for the one in flight. */
  async settle(): Promise<void> {
    if (this.timer !== undefined) await this.now();
    else if (this.inflight) await this.inflight;
  }

  /** Whether nothing is pending or in flight. */
  get idle(): boolean {
    return this.timer === undefined && this.inflight === null;
  }

  /** Drops a pending run (a run in flight finishes on its own). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): Promise<void> {
    this.timer = undefined;
    const job = this.job().finally(() => {
      if (this.inflight === job) this.inflight = null;
    });
    this.inflight = job;
    return job;
  }
}
