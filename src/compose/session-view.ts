import { marksFor } from './marks';
import type { Draft } from './read-draft';
import type { IndicatorView } from './session-types';
import type { IndicatorState } from './view-model';

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
    private readonly editor: Element,
    private readonly create: () => Promise<IndicatorView>,
    /** The state shown and the draft it was read from (findings' offsets point into it). */
    private readonly latest: () => { state: IndicatorState; draft: Draft },
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
      const { state, draft } = this.latest();
      const rect = this.editor.isConnected ? this.editor.getBoundingClientRect() : null;
      this.view.layout(rect, rect && state.status === 'ready' ? marksFor(draft, state.findings, rect) : []);
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
        view.update(this.latest().state);
        this.scheduleLayout();
      },
      () => undefined, // no indicator (the page removed our host early): the guard still works
    );
  }
}
