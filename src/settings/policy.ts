import { z } from 'zod';
import { settingsSchema, stricterOf, type Settings } from './schema';

/**
 * The enterprise policy: what a hospital pushes through managed storage (Chrome's
 * storage.managed_schema, Firefox's 3rdparty policies; see docs/enterprise.md). Each key is read
 * on its own, so one mistyped key does not void the rest of the policy.
 */
const shape = settingsSchema.shape;
export const policySchema = z.object({
  sites: z.object({ linkedin: z.boolean().optional(), x: z.boolean().optional() }).optional(),
  customTerms: shape.customTerms.unwrap().optional(),
  customPatterns: shape.customPatterns.unwrap().optional(),
  allowlist: shape.allowlist.unwrap().optional(),
  dailyLimitMinutes: shape.dailyLimitMinutes.unwrap().optional(),
  region: shape.region.unwrap().optional(),
  /** The user may choose a stricter sensitivity, never a more relaxed one. */
  minimumSensitivity: shape.sensitivity.unwrap().optional(),
});

export type Policy = z.infer<typeof policySchema>;
export const POLICY_KEYS = Object.keys(policySchema.shape) as Array<keyof Policy>;

/** Reads a managed-storage object key by key; invalid keys are ignored and named. */
export function parsePolicy(raw: unknown): { policy: Policy; ignored: string[] } {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const policy: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of POLICY_KEYS) {
    if (source[key] === undefined) continue;
    const parsed = policySchema.shape[key].safeParse(source[key]);
    if (parsed.success) policy[key] = parsed.data;
    else ignored.push(key);
  }
  return { policy: policy as Policy, ignored };
}

export interface Enforced {
  settings: Settings;
  locked: Array<keyof Settings>;
  minimumSensitivity?: Settings['sensitivity'];
}

/** Managed values win over the user's and are reported as locked; the minimum sensitivity is enforced. */
export function applyPolicy(user: Settings, policy: Policy): Enforced {
  const settings = structuredClone(user);
  const locked: Array<keyof Settings> = [];
  if (policy.sites) {
    settings.sites = { ...settings.sites, ...policy.sites };
    locked.push('sites');
  }
  for (const key of ['customTerms', 'customPatterns', 'allowlist', 'dailyLimitMinutes', 'region'] as const) {
    if (policy[key] === undefined) continue;
    (settings as Record<string, unknown>)[key] = policy[key];
    locked.push(key);
  }
  if (policy.minimumSensitivity) settings.sensitivity = stricterOf(settings.sensitivity, policy.minimumSensitivity);
  return { settings, locked, ...(policy.minimumSensitivity ? { minimumSensitivity: policy.minimumSensitivity } : {}) };
}
