import { attachmentCount } from './compose-root';
import { DebouncedJob } from './debounced-job';
import { focusFinding } from './marks';
import { readDraft, type Draft } from './read-draft';
import type { SessionDeps } from './session-types';
import { SessionView } from './session-view';
import type { FindingActions } from './ui/panel';
import { QUIET, showAnalysis, warns, type IndicatorState, type ShownFinding } from './view-model';
import { watchEditorChanges } from './watch-editor-changes';

/** Pause in typing before a draft is analysed (issue 3: about 150 ms). */
export const DEBOUNCE_MS = 150;

let sessions = 0;
const EMPTY: Draft = { text: '', segments: [] };

/** One watched editor: reads its draft after each pause in typing, asks the background, shows the answer. */
export class EditorSession {
  readonly id = `sl-${Date.now().toString(36)}-${(sessions += 1)}`;
  private revision = 0;
  private readonly analysis = new DebouncedJob(() => this.check(), DEBOUNCE_MS);
  private draft: Draft = EMPTY;
  private state: IndicatorState = QUIET;
  private readonly dismissed = new Set<string>();
  private readonly view: SessionView;
  private readonly stopWatching: () => void;
  private media = 0;
  private sentText = false;
  private disposed = false;

  constructor(readonly editor: Element, private readonly deps: SessionDeps) {
    const actions: FindingActions = { show: (f) => focusFinding(editor, this.draft, f), dismiss: (f) => this.dismiss(f), allow: (f) => this.allow(f) };
    this.view = new SessionView(editor, () => deps.createView(this.id, actions), () => ({ state: this.state, draft: this.draft }));
    this.stopWatching = watchEditorChanges(editor, deps.site, { edited: this.edited, boxChanged: () => this.mediaChanged(), resized: () => this.scheduleLayout() });
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
    return this.analysis.idle;
  }

  /** The draft's text now (to tell whether it changed while a post was held). */
  currentText(): string {
    return readDraft(this.editor).text;
  }

  /** Called on every edit: analyses after a pause in typing. */
  readonly edited = (): void => {
    this.revision += 1;
    this.analysis.later();
    this.scheduleLayout();
  };

  /** Analyses now anything not analysed yet and waits for the answer (before a post). */
  settle(): Promise<void> {
    return this.analysis.settle();
  }

  /** Analyses again at once (a finding was dismissed, or the draft changed while a post was held). */
  refresh(): void {
    this.revision += 1;
    void this.analysis.now();
  }

  /** Analyses again if this box was ever analysed (settings changed); an untouched box of the feed stays untouched. */
  recheck(): void {
    if (this.state.status !== 'idle' || !this.analysis.idle) this.refresh();
  }

  /** Tells the background to forget this draft (the page is going away); a later edit sends it again. */
  forget(): void {
    if (this.sentText) this.deps.clear(this.id);
    this.sentText = false;
  }

  /** Puts the caret on the first finding (after "Edit post"). */
  focusFirstFinding(): void {
    focusFinding(this.editor, this.draft, this.state.findings[0]);
  }

  /** Redraws position and highlights on the next frame (scroll, resize, edits). */
  scheduleLayout(): void {
    this.view.scheduleLayout();
  }

  /** Stops watching: the box went away or the extension was reloaded. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.analysis.cancel();
    this.stopWatching();
    this.view.dispose();
    this.forget();
  }

  private async check(): Promise<void> {
    const revision = this.revision;
    if (!this.deps.enabled()) return this.show({ status: 'off', risk: 'none', findings: [] });
    const draft = readDraft(this.editor);
    const media = attachmentCount(this.editor, this.deps.site);
    if (!draft.text.trim() && media === 0) {
      this.draft = draft;
      this.forget();
      return this.show({ status: 'ready', risk: 'none', findings: [] });
    }
    const shown = this.state;
    this.show({ ...shown, status: 'checking' });
    this.sentText = true;
    const answer = await this.deps.analyze({
      type: 'sl:analyze', editorId: this.id, site: this.deps.site.site, revision, text: draft.text, media, dismissed: [...this.dismissed],
    });
    if (this.disposed || revision !== this.revision) return; // a newer draft is on its way: drop this answer
    if (answer === 'stale') return this.show(shown); // the background already answered a newer draft: keep what is shown
    if (!answer || answer.revision !== revision) return this.show({ status: 'error', risk: 'none', findings: [] });
    this.draft = draft;
    this.show(showAnalysis(answer.analysis, draft.text, this.dismissed));
  }

  private show(state: IndicatorState): void {
    this.state = state;
    this.view.show(state);
  }

  private mediaChanged(): void {
    const media = attachmentCount(this.editor, this.deps.site);
    if (media === this.media) return;
    this.media = media;
    this.edited();
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
