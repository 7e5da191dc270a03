import type { Settings } from './schema';

/**
 * The few settings a content script needs, read without zod: the schema's validator would add
 * about 90 KB to every content script (issue 3: at most 50 KB). Each field is checked the way the
 * schema checks it and falls back to its default; validation, repair and the notice about broken
 * settings stay with the options page and the background (store.ts). A unit test keeps the two in step.
 */

export type ContentSettings = Pick<Settings, 'sites' | 'pausedUntil' | 'region' | 'dailyLimitMinutes'>;

/** Same values as DEFAULT_SETTINGS (a unit test keeps them equal). */
export const CONTENT_DEFAULTS: ContentSettings = {
  sites: { linkedin: true, x: true },
  pausedUntil: { linkedin: 0, x: 0 },
  region: 'us',
  dailyLimitMinutes: 60,
};

const SITE_KEYS = ['linkedin', 'x'] as const;
const REGIONS: ReadonlyArray<Settings['region']> = ['us', 'uk', 'ca', 'au', 'other'];
const MAX_DAILY_LIMIT = 24 * 60;

/** The value as a plain object, or null. */
export function plainObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A per-site object whose keys are each absent or valid (the schema rejects the field as a whole otherwise). */
function perSite<T>(value: unknown, valid: (item: unknown) => item is T, fallback: Record<(typeof SITE_KEYS)[number], T>) {
  if (value === undefined) return { ...fallback };
  const source = plainObject(value);
  if (!source || !SITE_KEYS.every((site) => source[site] === undefined || valid(source[site]))) return null;
  return { linkedin: (source.linkedin as T | undefined) ?? fallback.linkedin, x: (source.x as T | undefined) ?? fallback.x };
}

const isBoolean = (item: unknown): item is boolean => typeof item === 'boolean';
const isFiniteNumber = (item: unknown): item is number => typeof item === 'number' && Number.isFinite(item);
const isRegion = (item: unknown): item is Settings['region'] => REGIONS.includes(item as Settings['region']);
const isDailyLimit = (item: unknown): item is number => Number.isInteger(item) && (item as number) >= 0 && (item as number) <= MAX_DAILY_LIMIT;

/** The user's stored settings as a content script sees them: each field checked, broken ones at their default. */
export function userContentSettings(raw: unknown): ContentSettings {
  const source = plainObject(raw) ?? {};
  return {
    sites: perSite(source.sites, isBoolean, CONTENT_DEFAULTS.sites) ?? { ...CONTENT_DEFAULTS.sites },
    pausedUntil: perSite(source.pausedUntil, isFiniteNumber, CONTENT_DEFAULTS.pausedUntil) ?? { ...CONTENT_DEFAULTS.pausedUntil },
    region: isRegion(source.region) ? source.region : CONTENT_DEFAULTS.region,
    dailyLimitMinutes: isDailyLimit(source.dailyLimitMinutes) ? source.dailyLimitMinutes : CONTENT_DEFAULTS.dailyLimitMinutes,
  };
}

/** The enterprise policy (managed storage) over the user's settings: a valid managed value wins, key by key. */
export function withContentPolicy(user: ContentSettings, managed: unknown): ContentSettings {
  const policy = plainObject(managed) ?? {};
  const settings = structuredClone(user);
  const sites = plainObject(policy.sites);
  if (sites && SITE_KEYS.every((site) => sites[site] === undefined || isBoolean(sites[site]))) {
    for (const site of SITE_KEYS) if (isBoolean(sites[site])) settings.sites[site] = sites[site];
  }
  if (isRegion(policy.region)) settings.region = policy.region;
  if (isDailyLimit(policy.dailyLimitMinutes)) settings.dailyLimitMinutes = policy.dailyLimitMinutes;
  return settings;
}

/** Allowlist limits of the schema: terms of 1 to 200 characters, at most 2,000 of them. */
export const MAX_TERM_CHARS = 200;
export const MAX_ALLOWLIST = 2000;

const isTerm = (item: unknown): item is string => typeof item === 'string' && item.length >= 1 && item.length <= MAX_TERM_CHARS;

export interface AllowlistChange {
  /** The settings to store, or null when nothing changes (empty term, already allowed, list full). */
  next: Record<string, unknown> | null;
  /** True when the stored value was not fully readable: it must be kept aside before it is replaced. */
  keepAside: boolean;
}

/**
 * Adds a term to stored settings' allowlist, touching no other field (an unreadable field stays as it
 * was, for the options page to report and repair). A broken allowlist keeps its valid terms.
 */
export function withAllowedTerm(raw: unknown, term: string): AllowlistChange {
  const clean = term.trim().slice(0, MAX_TERM_CHARS);
  const source = raw === undefined ? {} : plainObject(raw);
  const stored = source?.allowlist;
  const list = Array.isArray(stored) ? stored.filter(isTerm) : [];
  const intact = source !== null && (stored === undefined || (Array.isArray(stored) && list.length === stored.length && list.length <= MAX_ALLOWLIST));
  const lower = clean.toLowerCase();
  if (!clean || list.length >= MAX_ALLOWLIST || list.some((t) => t.toLowerCase() === lower)) return { next: null, keepAside: false };
  return { next: { ...(source ?? {}), allowlist: [...list, clean] }, keepAside: !intact };
}
