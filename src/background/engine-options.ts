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

/**
 * Engine options loaded once and refreshed when settings change, so an analysis on each keystroke
 * does not read storage. Unreadable settings fall back to the engine's defaults.
 */
export function createEngineOptions(
  load: () => Promise<LoadedSettings>,
  watch: (callback: (loaded: LoadedSettings) => void) => () => void,
): { get(): Promise<AnalyzeOptions>; stop(): void } {
  let current: Promise<AnalyzeOptions> | undefined;
  const stop = watch((loaded) => {
    current = Promise.resolve(toEngineOptions(loaded));
  });
  return {
    get() {
      current ??= load().then(toEngineOptions, () => ({}));
      return current;
    },
    stop,
  };
}
