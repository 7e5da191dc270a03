import { browser } from 'wxt/browser';
import type { Risk } from '../detect/types';
import type { EditorState } from '../messaging/popup';

/** Badge colours by risk; white text on each passes WCAG AA contrast. */
const COLOURS: Record<Risk, string> = { none: '#5F6368', low: '#44546A', medium: '#9A4A00', high: '#B3261E' };

/** The toolbar API of this build: `action` in MV3, `browserAction` in Firefox MV2. */
function toolbar() {
  return browser.action ?? browser.browserAction;
}

/** The badge for a tab: empty when clean, else the number of findings coloured by the tab's risk. */
export function badgeFor(editors: readonly EditorState[], risk: Risk): { text: string; colour: string; title: string } {
  const count = editors.reduce((sum, editor) => sum + editor.analysis.findings.length, 0);
  if (count === 0) return { text: '', colour: COLOURS.none, title: 'Second Look: nothing to check' };
  const noun = count === 1 ? 'thing' : 'things';
  return { text: count > 99 ? '99+' : String(count), colour: COLOURS[risk], title: `Second Look: ${count} ${noun} to check (${risk} risk)` };
}

/** Shows the tab's state on the toolbar button; a tab that closed meanwhile is ignored. */
export async function showBadge(tabId: number, editors: readonly EditorState[], risk: Risk): Promise<void> {
  const api = toolbar();
  if (!api) return;
  const badge = badgeFor(editors, risk);
  try {
    await api.setBadgeBackgroundColor({ tabId, color: badge.colour });
    await api.setBadgeText({ tabId, text: badge.text });
    await api.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab went away between the message and the badge update.
  }
}
