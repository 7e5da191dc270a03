import type { AnalyzeRequest, AnalyzeResponse } from '../messaging/messages';
import { attachmentCount, composeRootOf } from './compose-root';
import { focusFinding, marksFor } from './marks';
import { readDraft, type Draft } from './read-draft';
import type { SiteAdapter } from './sites/types';
import type { FindingActions } from './ui/panel';
import type { Mark } from './ui/indicator';
import { QUIET, showAnalysis, warns, type IndicatorState, type ShownFinding } from './view-model';

/** Pause in typing before a draft is analysed (issue 3: about 150 ms). */
export const DEBOUNCE_MS = 150;

/** What a session draws on; the real one is ui/indicator.ts, tests may pass their own. */
export interface IndicatorView {
  update(state: IndicatorState): void;
  layout(editorRect: DOMRect | null, marks: readonly Mark[]): void;
  remove(): void;
}

/** What a session needs from the rest of the content script. */
export interface SessionDeps {
  site: SiteAdapter;
  enabled(): boolean;
  analyze(request: AnalyzeRequest): Promise<AnalyzeResponse | null>;
  clear(editorId: string): void;
  allow(term: string): void;
  createView(editorId: string, actions: FindingActions): Promise<IndicatorView>;
}

let sessions = 0;
const EMPTY: Draft = { text: '', segments: [] };

/** One watched editor: reads its draft after each pause in typing, asks the background, shows the answer. */
export class EditorSession {
  readonly id = `sl-${Date.now().toString(36)}-${(sessions += 1)}`;
  private revision = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | null = null;
  private draft: Draft = EMPTY;
  private state: IndicatorState = QUIET;
  private view: IndicatorView | null = null;
  private readonly dismissed = new Set<string>();
  private readonly observers: Array<{ disconnect(): void }> = [];
  private media = 0;
  private sentText = false;
  private layoutFrame = 0;
  private disposed = false;
  private viewRequested = false;

  constructor(readonly editor: Element, private readonly deps: SessionDeps) {
    const edits = new MutationObserver(() => this.edited());
    edits.observe(editor, { childList: true, subtree: true, characterData: true });
    const box = new MutationObserver(() => this.mediaChanged());
    box.observe(composeRootOf(editor, deps.site), { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
    this.observers.push(edits, box);
    if (typeof ResizeObserver === 'function') {
      const resize = new ResizeObserver(() => this.scheduleLayout());
      resize.observe(editor);
      this.observers.push(resize);
    }
    editor.addEventListener('input', this.edited); // textareas change without mutations
    this.media = attachmentCount(editor, deps.site);
    if (readDraft(editor).text.trim() || this.media > 0) this.edited(); // a draft restored by the site
  }

  /** The latest shown state (risk and findings). */
  get current(): IndicatorState {
    return this.state;
  }

  /** Whether the draft, as last analysed, should hold a post. */
  warns(): boolean {
    return this.deps.enabled() && warns(this.state.risk);
  }

  /** Whether warnings are on for this site (not switched off, not paused). */
  isEnabled(): boolean {
    return this.deps.enabled();
  }

  /** Whether the last edit has been analysed and answered. */
  isUpToDate(): boolean {
    return this.timer === undefined && this.inflight === null;
  }

  /** The draft's text now (to tell whether it changed while a post was held). */
  currentText(): string {
    return readDraft(this.editor).text;
  }

  /** Called on every edit: analyses after a pause in typing. */
  readonly edited = (): void => {
    this.revision += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
    this.scheduleLayout();
  };

  /** Analyses now anything not analysed yet and waits for the answer (before a post). */
  async settle(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      await this.run();
    } else if (this.inflight) await this.inflight;
  }

  /** Analyses again at once (settings or allowlist changed). */
  refresh(): void {
    this.revision += 1;
    clearTimeout(this.timer);
    void this.run();
  }

  /** Puts the caret on the first finding (after "Edit post"). */
  focusFirstFinding(): void {
    focusFinding(this.editor, this.draft, this.state.findings[0]);
  }

  /** Redraws position and highlights on the next frame (scroll, resize, edits). */
  scheduleLayout(): void {
    if (this.layoutFrame || !this.view) return;
    this.layoutFrame = requestAnimationFrame(() => {
      this.layoutFrame = 0;
      if (!this.view || this.disposed) return;
      const rect = this.editor.isConnected ? this.editor.getBoundingClientRect() : null;
      const marks = rect && this.state.status === 'ready' ? marksFor(this.draft, this.state.findings, rect) : [];
      this.view.layout(rect, marks);
    });
  }

  /** Stops watching: the box went away or the extension was reloaded. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    cancelAnimationFrame(this.layoutFrame);
    this.observers.forEach((observer) => observer.disconnect());
    this.editor.removeEventListener('input', this.edited);
    this.view?.remove();
    if (this.sentText) this.deps.clear(this.id);
  }

  private run(): Promise<void> {
    this.timer = undefined;
    const job = this.check().finally(() => {
      if (this.inflight === job) this.inflight = null;
    });
    this.inflight = job;
    return job;
  }

  private async check(): Promise<void> {
    const revision = this.revision;
    if (!this.deps.enabled()) return this.show({ status: 'off', risk: 'none', findings: [] });
    const draft = readDraft(this.editor);
    const media = attachmentCount(this.editor, this.deps.site);
    if (!draft.text.trim() && media === 0) {
      this.draft = draft;
      if (this.sentText) this.deps.clear(this.id);
      this.sentText = false;
      return this.show({ status: 'ready', risk: 'none', findings: [] });
    }
    this.show({ ...this.state, status: 'checking' });
    this.sentText = true;
    const answer = await this.deps.analyze({
      type: 'sl:analyze', editorId: this.id, site: this.deps.site.site, revision, text: draft.text, media, dismissed: [...this.dismissed],
    });
    if (this.disposed || revision !== this.revision) return; // a newer draft is on its way: drop this answer
    if (!answer || answer.revision !== revision) return this.show({ status: 'error', risk: 'none', findings: [] });
    this.draft = draft;
    this.show(showAnalysis(answer.analysis, draft.text, this.dismissed));
  }

  private show(state: IndicatorState): void {
    this.state = state;
    if (this.view) this.view.update(state);
    else this.createView();
    this.scheduleLayout();
  }

  /** The indicator is created on the first analysis, so the many untouched boxes of a feed cost nothing. */
  private createView(): void {
    if (this.viewRequested) return;
    this.viewRequested = true;
    const actions: FindingActions = { show: (f) => this.showFinding(f), dismiss: (f) => this.dismiss(f), allow: (f) => this.allow(f) };
    this.deps.createView(this.id, actions).then(
      (view) => {
        if (this.disposed) return view.remove();
        this.view = view;
        view.update(this.state);
        this.scheduleLayout();
      },
      () => undefined, // no indicator (the page removed our host early): the guard still works
    );
  }

  private mediaChanged(): void {
    const media = attachmentCount(this.editor, this.deps.site);
    if (media === this.media) return;
    this.media = media;
    this.edited();
  }

  private showFinding(finding: ShownFinding): void {
    focusFinding(this.editor, this.draft, finding);
  }

  private dismiss(finding: ShownFinding): void {
    this.dismissed.add(finding.key);
    const findings = this.state.findings.filter((f) => f.key !== finding.key);
    this.show({ ...this.state, findings, risk: findings.length ? this.state.risk : 'none' });
    this.refresh();
  }

  private allow(finding: ShownFinding): void {
    this.deps.allow(finding.term);
    this.dismiss(finding);
  }
}
