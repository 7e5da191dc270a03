import { browser } from 'wxt/browser';
import { isAnalyzeResponse } from '../messaging/compose';
import type { AnalyzeRequest, AnalyzeResponse, ClearRequest } from '../messaging/messages';

/** A restarting service worker may miss one message; one retry after this pause covers it. */
const RETRY_MS = 150;

/** The background's answer, 'stale' when it already answered a newer draft of this editor, null when there is none. */
export type AnalysisOutcome = AnalyzeResponse | 'stale' | null;

/** Whether an answer says the request was older than one already answered (handle-message.ts: "stale revision …"). */
export function isStaleAnswer(answer: unknown): boolean {
  const r = answer as { ok?: unknown; error?: unknown } | null | undefined;
  return r?.ok === false && typeof r.error === 'string' && r.error.startsWith('stale revision');
}

async function sendOnce(message: AnalyzeRequest): Promise<AnalysisOutcome> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  if (isStaleAnswer(answer)) return 'stale';
  return isAnalyzeResponse(answer) ? answer : null;
}

/** Asks the background to analyse a draft; null when it cannot answer (restarting, reloaded, invalid answer). */
export async function requestAnalysis(message: AnalyzeRequest): Promise<AnalysisOutcome> {
  try {
    return await sendOnce(message);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    try {
      return await sendOnce(message);
    } catch {
      return null;
    }
  }
}

/** Tells the background that an editor's draft was posted, emptied or removed. */
export function sendClear(editorId: string): void {
  const message: ClearRequest = { type: 'sl:clear', editorId };
  browser.runtime.sendMessage(message).catch(() => {
    // nothing to clear when the background is gone; its in-memory state went with it
  });
}
