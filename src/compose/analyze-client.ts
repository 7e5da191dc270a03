import { browser } from 'wxt/browser';
import { isAnalyzeResponse } from '../messaging/compose';
import type { AnalyzeRequest, AnalyzeResponse, ClearRequest } from '../messaging/messages';

/** A restarting service worker may miss one message; one retry after this pause covers it. */
const RETRY_MS = 150;

async function sendOnce(message: AnalyzeRequest): Promise<AnalyzeResponse | null> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  return isAnalyzeResponse(answer) ? answer : null;
}

/** Asks the background to analyse a draft; null when it cannot answer (restarting, reloaded, invalid answer). */
export async function requestAnalysis(message: AnalyzeRequest): Promise<AnalyzeResponse | null> {
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
