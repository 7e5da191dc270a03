import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UsageSite, UsageSliceMessage } from '../messaging/usage';
import { DEFAULT_METER_OPTIONS, PageMeter, type Slice } from './page-meter';

/** Input that shows the user is here. Passive listeners: we only watch, never delay the page. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart', 'input'] as const;
/** Slices that could not be delivered are retried with the next one; a few are enough. */
const MAX_UNSENT = 8;

/**
 * Content-script side of active-time tracking; content scripts call it once from main(). It feeds
 * the page's visibility, focus and input to a PageMeter and sends each slice to the background.
 * Every listener and timer is tied to `ctx`, so nothing keeps running after the extension reloads.
 */
export function startPageActivity(ctx: ContentScriptContext, site: UsageSite): void {
  const unsent: Slice[] = [];
  const send = (slice: Slice) => {
    unsent.push(slice);
    if (unsent.length > MAX_UNSENT) unsent.shift();
    void flush();
  };
  const flush = async () => {
    while (unsent.length > 0 && ctx.isValid) {
      const slice = unsent[0]!;
      const message: UsageSliceMessage = { type: 'sl:usage:slice', site, start: Math.round(slice.start), end: Math.round(slice.end) };
      try {
        await browser.runtime.sendMessage(message);
      } catch {
        return; // the worker is starting or the extension reloads: retry with the next slice
      }
      unsent.shift(); // delivered (the background counts a repeated instant only once anyway)
    }
  };

  const meter = new PageMeter(send, { now: Date.now(), visible: isVisible(), focused: document.hasFocus() }, DEFAULT_METER_OPTIONS);
  if (isVisible() && document.hasFocus()) meter.activity(Date.now()); // the page just loaded in front of the user

  const options = { capture: true, passive: true };
  for (const type of ACTIVITY_EVENTS) ctx.addEventListener(window, type, () => meter.activity(Date.now()), options);
  ctx.addEventListener(document, 'visibilitychange', () => meter.visibility(isVisible(), Date.now()), options);
  // Capturing on window also sees focus moving between the page's own fields: only the window's count.
  ctx.addEventListener(window, 'focus', (event) => event.target === window && meter.focus(true, Date.now()), options);
  ctx.addEventListener(window, 'blur', (event) => event.target === window && meter.focus(false, Date.now()), options);
  ctx.addEventListener(window, 'pagehide', () => meter.close(Date.now()), options);
  ctx.setInterval(() => meter.tick(Date.now()), DEFAULT_METER_OPTIONS.tickMs);
  ctx.onInvalidated(() => meter.close(Date.now()));
}

function isVisible(): boolean {
  return document.visibilityState === 'visible';
}
