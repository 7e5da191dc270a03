import type { AnalyzeOptions } from '../detect/types';
import type { LoadedSettings } from '../settings/store';

/** The engine options a user's settings ask for. */
export function toEngineOptions({ settings }: LoadedSettings): AnalyzeOptions {
  return {
    sensitivity: settings.sensitivity,
    customTerms: settings.customTerms,
    customPatterns: settings.customPatterns,
    allowlist: settings.allowlist,
  };
}

/** How long the first analysis waits for the enterprise policy before using the user's settings. */
export const POLICY_WAIT_MS = 250;

/**
 * Engine options loaded once and refreshed when settings change, so an analysis on each keystroke
 * does not read storage. Unreadable settings fall back to the engine's defaults.
 *
 * Reading managed storage can take seconds (about 3 s in headless Chromium with no policy), and
 * the first analysis after the worker wakes is on the typing path: it waits at most POLICY_WAIT_MS
 * for the full settings, then uses the user's own (`loadQuick`) until the policy arrives.
 */
export function createEngineOptions(
  load: () => Promise<LoadedSettings>,
  watch: (callback: (loaded: LoadedSettings) => void) => () => void,
  loadQuick: () => Promise<LoadedSettings> = load,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): { get(): Promise<AnalyzeOptions>; stop(): void } {
  let current: Promise<AnalyzeOptions> | undefined;
  let settled = false;
  const stop = watch((loaded) => {
    settled = true;
    current = Promise.resolve(toEngineOptions(loaded));
  });
  return {
    get() {
      if (current) return current;
      const full = load().then(toEngineOptions, () => ({}));
      void full.then((options) => {
        if (!settled) current = Promise.resolve(options);
        settled = true;
      });
      current = Promise.race([full, wait(POLICY_WAIT_MS).then(() => loadQuick().then(toEngineOptions, () => ({})))]);
      return current;
    },
    stop,
  };
}
