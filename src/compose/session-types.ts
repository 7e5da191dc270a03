import type { AnalyzeRequest } from '../messaging/messages';
import type { AnalysisOutcome } from './analyze-client';
import type { SiteAdapter } from './sites/types';
import type { Mark } from './ui/indicator';
import type { FindingActions } from './ui/panel';
import type { IndicatorState } from './view-model';

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
  analyze(request: AnalyzeRequest): Promise<AnalysisOutcome>;
  clear(editorId: string): void;
  allow(term: string): void;
  createView(editorId: string, actions: FindingActions): Promise<IndicatorView>;
}
