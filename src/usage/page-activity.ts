import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Content-script side of active-time tracking. PLACEHOLDER, to be implemented by the usage owner
 * (issue 5); content scripts call it once from main().
 */
export function startPageActivity(ctx: ContentScriptContext, site: 'linkedin' | 'x'): void {
  void ctx;
  void site;
}
