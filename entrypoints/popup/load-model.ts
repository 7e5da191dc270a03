import { browser } from 'wxt/browser';
import type { Region } from '../../src/advice';
import type { TabStateResponse } from '../../src/messaging/popup';
import type { LoadedSettings } from '../../src/settings/store';
import { isTabState } from './check-state';
import { groupFindings, siteOf, type PopupModel } from './model';

/** The tab the popup is about: `?tab=<id>` (tests, the page's "details" link), else the active tab. */
export async function resolveTab(search: string): Promise<{ id?: number; url?: string }> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null && /^\d{1,10}$/.test(named)) {
    const id = Number(named);
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return { id, url: tab?.url };
  }
  // Without the `tabs` permission this still gives the id, and the URL on the sites we have host access to.
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: active?.id, url: active?.url };
}

const EMPTY: TabStateResponse = { ok: true, tabId: -1, risk: 'none', editors: [] };

/** The background's kept state for a tab; an unreachable worker or a malformed answer reads as unknown. */
async function tabState(tabId: number | undefined): Promise<{ state: TabStateResponse; failed: boolean }> {
  if (tabId === undefined) return { state: EMPTY, failed: false };
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'sl:tab-state', tabId });
    return isTabState(answer) ? { state: answer, failed: false } : { state: EMPTY, failed: true };
  } catch {
    return { state: EMPTY, failed: true };
  }
}

/** The settings, loaded as a separate chunk (it carries zod) while the tab's state is fetched. */
async function settings(): Promise<LoadedSettings | undefined> {
  try {
    return await (await import('../../src/settings/store')).loadSettings();
  } catch {
    return undefined;
  }
}

/** Gathers the popup's model: tab, kept analysis and settings, fetched in parallel. */
export async function loadModel(search: string, now = Date.now()): Promise<PopupModel> {
  const loading = settings();
  const tab = await resolveTab(search).catch(() => ({}) as { id?: number; url?: string });
  const [{ state, failed }, loaded] = await Promise.all([tabState(tab.id), loading]);
  const editorSite = state.editors.find((editor) => editor.site !== 'other')?.site;
  const site = siteOf(tab.url) ?? (editorSite === 'linkedin' || editorSite === 'x' ? editorSite : null);
  const region: Region = loaded?.settings.region ?? 'us';
  const model: PopupModel = {
    site,
    risk: state.risk,
    groups: groupFindings(state),
    hasDraft: state.editors.length > 0,
    region,
    pausedUntil: site && loaded ? loaded.settings.pausedUntil[site] : 0,
    now,
  };
  if (tab.id !== undefined) model.tabId = tab.id;
  if (failed) model.notice = 'Could not reach the checker. Close and reopen this window to try again.';
  else if (loaded?.notice) model.notice = loaded.notice;
  return model;
}
