import { analyze } from '../detect';
import type { AnalyzeOptions } from '../detect/types';
import { describeInvalid, requestSchema, type AnalyzeRequest, type AnalyzeResponse, type ErrorResponse } from '../messaging/messages';
import type { EditorState, TabStateResponse } from '../messaging/popup';
import { dismissedFindings, shapeAnalysis } from './shape-analysis';
import type { TabStates } from './tab-states';

/**
 * The background's answer to one message from a content script or the popup. Browser APIs come in
 * through `deps` and the sender is reduced to plain data, so this is tested without a browser.
 */

/** What the background needs to know about who sent a message. */
export interface SenderInfo {
  tabId?: number;
  frameId?: number;
  /** Chrome's id of the sending document; a reloaded page gets a new one. */
  documentId?: string;
  /** True for the extension's own pages (popup, welcome), the only ones that may read a tab's state. */
  fromExtensionPage: boolean;
}

export interface HandlerDeps {
  states: TabStates;
  engineOptions(): Promise<AnalyzeOptions>;
  /** Called after a tab's kept state changed (to update its badge). */
  changed(tabId: number): void;
  now(): number;
}

export type HandlerResponse = AnalyzeResponse | ErrorResponse | TabStateResponse | { ok: true };

/** Where an editor's state is kept within its tab: frames may reuse editor ids. */
function editorKey(sender: SenderInfo, editorId: string): string {
  return `${sender.frameId ?? 0}:${editorId}`;
}

/** A request older than what we keep for the same document is stale; a new document starts afresh. */
function isStale(kept: EditorState | undefined, request: AnalyzeRequest, sender: SenderInfo): boolean {
  if (!kept || request.revision >= kept.revision) return false;
  return !(kept.documentId && sender.documentId && kept.documentId !== sender.documentId);
}

async function handleAnalyze(request: AnalyzeRequest, sender: SenderInfo, deps: HandlerDeps): Promise<AnalyzeResponse | ErrorResponse> {
  const { tabId } = sender;
  const key = editorKey(sender, request.editorId);
  const isEmpty = request.text.trim() === '' && request.media === 0;
  if (tabId !== undefined) {
    const kept = deps.states.get(tabId, key);
    if (isStale(kept, request, sender)) return { ok: false, error: `stale revision ${request.revision}: ${kept?.revision} is newer` };
  }
  const analysis = isEmpty ? { risk: 'none' as const, findings: [] } : shapeAnalysis(request, analyze(request.text, { ...(await deps.engineOptions()), dismissed: dismissedFindings(request.dismissed) }));
  if (tabId !== undefined) {
    if (isEmpty) {
      if (await deps.states.forgetEditor(tabId, key)) deps.changed(tabId);
    } else {
      const state: EditorState = { editorId: request.editorId, site: request.site, revision: request.revision, updatedAt: deps.now(), analysis };
      if (sender.documentId) state.documentId = sender.documentId;
      await deps.states.put(tabId, key, state);
      deps.changed(tabId);
    }
  }
  return { ok: true, editorId: request.editorId, revision: request.revision, analysis };
}

/** Answers one message; never throws, whatever the message. */
export async function handleMessage(message: unknown, sender: SenderInfo, deps: HandlerDeps): Promise<HandlerResponse> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `invalid message: ${describeInvalid(parsed.error)}`.slice(0, 500) };
  const request = parsed.data;
  try {
    await deps.states.ready();
    switch (request.type) {
      case 'sl:analyze':
        return await handleAnalyze(request, sender, deps);
      case 'sl:clear':
        if (sender.tabId !== undefined && (await deps.states.forgetEditor(sender.tabId, editorKey(sender, request.editorId)))) {
          deps.changed(sender.tabId);
        }
        return { ok: true };
      case 'sl:tab-state':
        if (!sender.fromExtensionPage) return { ok: false, error: 'sl:tab-state is answered to extension pages only' };
        return { ok: true, tabId: request.tabId, risk: deps.states.risk(request.tabId), editors: deps.states.editors(request.tabId) };
    }
  } catch (error) {
    return { ok: false, error: `could not handle ${request.type}: ${error instanceof Error ? error.name : 'error'}` };
  }
}
