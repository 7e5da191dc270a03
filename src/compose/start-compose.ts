import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentSettings } from '../settings/content-settings';
import { allowTerm, watchContentSettings } from '../settings/content-store';
import { watchTodayStatus } from '../usage/today-status';
import { requestAnalysis, sendClear } from './analyze-client';
import { composeRootOf } from './compose-root';
import { EditorSession } from './editor-session';
import { ignoreForgedRestarts } from './forged-restart';
import { installGuard } from './guard';
import { nudgeLine, PageInfoStore } from './page-info';
import type { SiteAdapter } from './sites/types';
import { askBeforePosting } from './ui/guard-dialog';
import { Indicator } from './ui/indicator';
import { watchEditors } from './watch-editors';

/** Whether warnings are on for a site: switched on and not paused. */
export function warningsOn(settings: ContentSettings | null, site: SiteAdapter['site'], now = Date.now()): boolean {
  if (site === 'other' || !settings) return true; // not loaded (or unreadable): warning is the safe side
  return settings.sites[site] && settings.pausedUntil[site] <= now;
}

/**
 * Starts the inline warnings for one site: watches its editors, draws indicators, guards posting.
 * Nothing waits for storage: settings and today's time arrive when read and apply from then on.
 */
export function startCompose(ctx: ContentScriptContext, site: SiteAdapter): void {
  ignoreForgedRestarts(ctx);
  let settings: ContentSettings | null = null;
  const page = new PageInfoStore();
  const sessions = new Map<Element, EditorSession>();
  const all = (): EditorSession[] => [...sessions.values()];
  let resumeTimer: number | undefined;

  const today = watchTodayStatus(0, (status) => page.set({ nudge: nudgeLine(status) }));
  ctx.onInvalidated(() => today.stop());
  // any change re-checks analysed drafts: own terms, allowlist and sensitivity apply in the background
  const applySettings = (next: ContentSettings): void => {
    settings = next;
    page.set({ region: next.region });
    today.setLimit(next.dailyLimitMinutes);
    all().forEach((session) => session.recheck());
    clearTimeout(resumeTimer);
    const paused = site.site === 'other' ? 0 : next.pausedUntil[site.site] - Date.now();
    // a pause ends without a settings change: check again when it does
    if (paused > 0) resumeTimer = ctx.setTimeout(() => all().forEach((session) => session.recheck()), Math.min(paused + 50, 2 ** 31 - 1));
  };
  ctx.onInvalidated(watchContentSettings(applySettings));

  const add = (editor: Element): void => {
    if (sessions.has(editor) || ctx.isInvalid) return;
    sessions.set(editor, new EditorSession(editor, {
      site,
      enabled: () => warningsOn(settings, site.site),
      analyze: requestAnalysis,
      clear: sendClear,
      allow: (term) => void allowTerm(term).catch(() => undefined),
      createView: async (editorId, actions) => Indicator.create(ctx, editorId, actions, page),
    }));
  };
  const prune = (): void => {
    for (const [editor, session] of sessions) {
      if (!editor.isConnected) {
        session.dispose();
        sessions.delete(editor);
      }
    }
  };
  const watcher = watchEditors(site, add, prune);
  ctx.onInvalidated(() => {
    watcher.stop();
    all().forEach((session) => session.dispose());
    sessions.clear();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.scan());
  // The page is going away: the popup must not keep showing its drafts' risks. From the back/forward cache it comes back: check again.
  ctx.addEventListener(window, 'pagehide', () => all().forEach((session) => session.forget()));
  ctx.addEventListener(window, 'pageshow', (event) => event.persisted && all().forEach((session) => session.recheck()));

  const relayout = (): void => all().forEach((session) => session.scheduleLayout());
  ctx.addEventListener(window, 'scroll', relayout, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', relayout, { passive: true });

  installGuard(window, {
    site,
    sessionOnPath: (path) => path.map((node) => (node instanceof Element ? sessions.get(node) : undefined)).find(Boolean),
    sessionForButton: (button) => {
      // the session whose compose box holds the button; the innermost box when boxes nest
      let best: { session: EditorSession; root: Element } | undefined;
      for (const session of all()) {
        const root = composeRootOf(session.editor, site);
        if (root.contains(button) && (!best || best.root.contains(root))) best = { session, root };
      }
      return best?.session;
    },
    ask: (findings) => askBeforePosting(ctx, findings, page.get().region),
  }, ctx.signal);
}
