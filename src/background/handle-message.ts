import { analyze } from '../detect';
import { describeInvalid, requestSchema, type AnalyzeResponse, type ErrorResponse } from '../messaging/messages';

/**
 * The background's answer to one message from a content script or the popup.
 * Kept free of browser APIs so it is tested directly; entrypoints/background.ts wires it.
 */
export function handleMessage(message: unknown): AnalyzeResponse | ErrorResponse | { ok: true } {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `invalid message: ${describeInvalid(parsed.error)}` };
  const request = parsed.data;
  switch (request.type) {
    case 'sl:analyze':
      return { ok: true, editorId: request.editorId, revision: request.revision, analysis: analyze(request.text) };
    case 'sl:clear':
    case 'sl:tab-state':
      return { ok: true };
  }
}
