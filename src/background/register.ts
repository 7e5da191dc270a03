import { browser, type Browser } from 'wxt/browser';
import { isUsageMessage } from '../messaging/usage';
import { loadSettings, loadUserSettingsOnly, watchSettings } from '../settings/store';
import { watchDailyStatus } from '../usage/daily-status';
import { showBadge, showDailyLimitBadge } from './badge';
import { keepBadgeForNewDay } from './new-day-alarm';
import { createEngineOptions } from './engine-options';
import { handleMessage, type HandlerDeps, type SenderInfo } from './handle-message';
import { TabStates } from './tab-states';

/** The welcome page opened on first install (entrypoints/welcome). */
export const WELCOME_PATH = '/welcome.html';

/** The sender as plain data: tab, frame, document, and whether it is one of our own pages. */
export function senderInfo(sender: Browser.runtime.MessageSender): SenderInfo {
  const info: SenderInfo = { fromExtensionPage: !!sender.url?.startsWith(browser.runtime.getURL('/')) };
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) info.tabId = sender.tab.id;
  if (sender.frameId !== undefined) info.frameId = sender.frameId;
  const documentId = (sender as { documentId?: unknown }).documentId;
  if (typeof documentId === 'string') info.documentId = documentId;
  return info;
}

/** Wires the analysis service to the browser; called once from the background entrypoint. */
export function registerBackground(): HandlerDeps {
  const states = new TabStates(browser.storage.session);
  const options = createEngineOptions(loadSettings, watchSettings, loadUserSettingsOnly);
  const changed = (tabId: number) => void showBadge(tabId, states.editors(tabId), states.risk(tabId));
  const deps: HandlerDeps = { states, engineOptions: options.get, changed, now: Date.now };

  // Returning undefined leaves a message to another listener: sl:usage* belongs to the usage service.
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) =>
    isUsageMessage(message) ? undefined : handleMessage(message, senderInfo(sender), deps),
  );
  const forget = (tabId: number) => void states.ready().then(() => states.forgetTab(tabId)).then((had) => had && changed(tabId));
  browser.tabs.onRemoved.addListener((tabId: number) => forget(tabId));
  // A full page load (not an in-page pushState) starts a new document: its drafts are gone.
  browser.tabs.onUpdated.addListener((tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') forget(tabId);
  });
  watchDailyStatus((status) => void showDailyLimitBadge(status).catch(() => undefined));
  keepBadgeForNewDay((status) => showDailyLimitBadge(status).catch(() => undefined));
  browser.runtime.onInstalled.addListener(({ reason }: { reason: string }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  });
  return deps;
}
