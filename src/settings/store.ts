import { DEFAULT_SETTINGS, type Settings, type WatchedSite } from './schema';

/**
 * Settings storage. PLACEHOLDER interface, to be implemented by the settings owner (issue 5):
 * signatures are the contract other layers code against.
 */
export interface LoadedSettings {
  settings: Settings;
  /** Set when stored settings were invalid and defaults were used: shown to the user. */
  notice?: string;
  /** Settings fixed by the enterprise policy (managed storage); shown as locked. */
  locked: ReadonlyArray<keyof Settings>;
}

/** The effective settings: managed policy over the user's, over defaults. */
export async function loadSettings(): Promise<LoadedSettings> {
  return { settings: DEFAULT_SETTINGS, locked: [] };
}

/** Calls back with the effective settings whenever they change; returns an unsubscribe function. */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  void callback;
  return () => {};
}

/** Adds a term to the user's allowlist ("never flag this"). */
export async function addToAllowlist(term: string): Promise<void> {
  void term;
}

/** Pauses warnings on a site until the given time (epoch ms). */
export async function pauseSite(site: WatchedSite, untilMs: number): Promise<void> {
  void site;
  void untilMs;
}
