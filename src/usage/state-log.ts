/**
 * A value that changes over time, remembered for a short while: which tab is the active tab of
 * the focused window, whether the user is idle. A slice reaches the background a moment after it
 * was measured, often after the state already changed again (the blur that ended the slice also
 * moved the focus), so the background asks what the state was *during* the slice.
 */

export interface Interval {
  start: number;
  end: number;
}

interface Entry<T> {
  value: T;
  from: number;
}

export class StateLog<T> {
  private entries: Entry<T>[];

  /** `initial` holds since the beginning of time until told otherwise (what we know at start-up). */
  constructor(initial: T) {
    this.entries = [{ value: initial, from: Number.NEGATIVE_INFINITY }];
  }

  /** The value changed at `at`. A change reported out of order is placed where it belongs. */
  set(value: T, at: number): void {
    let index = this.entries.length;
    while (index > 1 && this.entries[index - 1]!.from > at) index--;
    this.entries.splice(index, 0, { value, from: at });
  }

  /** The value now. */
  get current(): T {
    return this.entries[this.entries.length - 1]!.value;
  }

  /** The parts of [start, end) during which `matches` held. */
  intervalsWhere(matches: (value: T) => boolean, start: number, end: number): Interval[] {
    const found: Interval[] = [];
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      const until = this.entries[i + 1]?.from ?? Number.POSITIVE_INFINITY;
      if (!matches(entry.value)) continue;
      const s = Math.max(start, entry.from);
      const e = Math.min(end, until);
      if (e <= s) continue;
      const last = found[found.length - 1];
      if (last && last.end === s) last.end = e;
      else found.push({ start: s, end: e });
    }
    return found;
  }

  /** Forgets changes older than `before`, keeping the value that held at that time. */
  forgetBefore(before: number): void {
    while (this.entries.length > 1 && this.entries[1]!.from <= before) this.entries.shift();
  }
}

/** The parts common to two sorted, disjoint interval lists. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}
