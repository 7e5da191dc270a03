import { browser } from 'wxt/browser';
import type { Risk } from '../detect/types';
import type { EditorState } from '../messaging/popup';
import type { DailyStatus } from '../usage/daily-status';

/** Badge colours by risk; white text on each passes WCAG AA contrast. */
const COLOURS: Record<Risk, string> = { none: '#5F6368', low: '#44546A', medium: '#9A4A00', high: '#B3261E' };
/** Calm, and distinct from every risk colour: the time nudge is not a warning. */
const TIME_COLOUR = '#3A5A8C';

/** The toolbar API of this build: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbar() {
  return browser.action ?? browser.browserAction;
}

/**
 * The badge for a tab: the number of findings coloured by the tab's risk, or, when clean, none of
 * its own (null), so the browser shows the global badge: empty, or the daily-limit nudge.
 */
export function badgeFor(editors: readonly EditorState[], risk: Risk): { text: string | null; colour: string | null; title: string } {
  const count = editors.reduce((sum, editor) => sum + editor.analysis.findings.length, 0);
  if (count === 0) return { text: null, colour: null, title: 'Second Look: nothing to check' };
  const noun = count === 1 ? 'thing' : 'things';
  return { text: count > 99 ? '99+' : String(count), colour: COLOURS[risk], title: `Second Look: ${count} ${noun} to check (${risk} risk)` };
}

/** Shows the tab's state on the toolbar button; a tab that closed meanwhile is ignored. */
export async function showBadge(tabId: number, editors: readonly EditorState[], risk: Risk): Promise<void> {
  const api = toolbar();
  if (!api) return;
  const badge = badgeFor(editors, risk);
  try {
    // A null colour is not accepted everywhere; a clean tab keeps the global colour by not setting one.
    if (badge.colour) await api.setBadgeBackgroundColor({ tabId, color: badge.colour });
    // Chrome and Firefox both document null as "use the global text"; their typings only say string.
    await api.setBadgeText({ tabId, text: badge.text as string });
    await api.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab went away between the message and the badge update.
  }
}

/** The global badge once today's time reached the daily limit: a gentle nudge, never a block. */
export function dailyLimitBadge(status: DailyStatus): { text: string; colour: string; title: string } {
  if (!status.overLimit) return { text: '', colour: COLOURS.none, title: 'Second Look' };
  const hours = Math.floor(status.totalMinutes / 60);
  const text = hours > 0 ? `${hours}h${status.totalMinutes % 60 >= 30 ? '+' : ''}` : `${status.totalMinutes}m`;
  return {
    text,
    colour: TIME_COLOUR,
    title: `Second Look: ${status.totalMinutes} minutes on LinkedIn and X today, past your ${status.limitMinutes}-minute limit. Time for a break?`,
  };
}

/** Shows the daily-limit nudge as the badge of every tab that has no findings of its own. */
export async function showDailyLimitBadge(status: DailyStatus): Promise<void> {
  const api = toolbar();
  if (!api) return;
  const badge = dailyLimitBadge(status);
  await api.setBadgeBackgroundColor({ color: badge.colour });
  await api.setBadgeText({ text: badge.text });
  await api.setTitle({ title: badge.title });
}
