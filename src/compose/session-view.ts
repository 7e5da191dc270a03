import type { IndicatorView } from './session-types';
import type { Mark } from './ui/indicator';
import type { IndicatorState } from './view-model';

/** Where the editor is now and what to highlight in it. */
export interface Placement {
  rect: DOMRect | null;
  marks: readonly Mark[];
}

/**
 * One session's indicator, created on the first state shown, so the many untouched boxes of a feed
 * cost nothing; redrawn at most once a frame (scroll, resize, edits).
 */
export class SessionView {
  private view: IndicatorView | null = null;
  private requested = false;
  private frame = 0;
  private disposed = false;

  constructor(
    private readonly create: () => Promise<IndicatorView>,
    private readonly latest: () => IndicatorState,
    private readonly place: () => Placement,
  ) {}

  /** Shows a state (creating the indicator the first time) and redraws. */
  show(state: IndicatorState): void {
    if (this.view) this.view.update(state);
    else this.request();
    this.scheduleLayout();
  }

  /** Redraws position and highlights on the next frame. */
  scheduleLayout(): void {
    if (this.frame || !this.view) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.view || this.disposed) return;
      const { rect, marks } = this.place();
      this.view.layout(rect, marks);
    });
  }

  /** Removes the indicator, now or as soon as it exists. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    cancelAnimationFrame(this.frame);
    this.view?.remove();
  }

  private request(): void {
    if (this.requested) return;
    this.requested = true;
    this.create().then(
      (view) => {
        if (this.disposed) return view.remove();
        this.view = view;
        view.update(this.latest());
        this.scheduleLayout();
      },
      () => undefined, // no indicator (the page removed our host early): the guard still works
    );
  }
}
