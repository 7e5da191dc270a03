/**
 * What DESIGN.md allows ("Privacy invariants"): the storage, idle and alarms APIs and https access to
 * LinkedIn, X and Twitter, nothing broader. Anything else a manifest asks for is reported.
 */
export const ALLOWED_API_PERMISSIONS = new Set(['storage', 'idle', 'alarms']);
export const ALLOWED_HOSTS = new Set(['www.linkedin.com', 'x.com', 'twitter.com']);

const MATCH_PATTERN = /^(\*|https?|wss?|file|ftp):\/\/([^/]*)(\/.*)$/;

/** Whether a match pattern reaches only the allowed sites over https (no wildcard scheme or subdomain). */
export function isAllowedHost(pattern: string): boolean {
  const match = MATCH_PATTERN.exec(pattern);
  return match !== null && match[1] === 'https' && ALLOWED_HOSTS.has(match[2] ?? '');
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Every permission, host access or exposure in a manifest (MV2 or MV3) beyond what DESIGN.md allows. */
export function permissionProblems(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const hosts = [...strings(manifest.host_permissions), ...strings(manifest.optional_host_permissions)];
  for (const entry of [...strings(manifest.permissions), ...strings(manifest.optional_permissions)]) {
    // MV2 lists host patterns among the permissions.
    if (entry.includes('://') || entry === '<all_urls>') hosts.push(entry);
    else if (!ALLOWED_API_PERMISSIONS.has(entry)) problems.push(`permission "${entry}"`);
  }
  for (const pattern of hosts) if (!isAllowedHost(pattern)) problems.push(`host access "${pattern}"`);
  const scripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as Array<{ matches?: unknown }>) : [];
  for (const pattern of scripts.flatMap((script) => strings(script.matches))) {
    if (!isAllowedHost(pattern)) problems.push(`content script on "${pattern}"`);
  }
  const exposed = Array.isArray(manifest.web_accessible_resources) ? (manifest.web_accessible_resources as unknown[]) : [];
  for (const entry of exposed) {
    const matches = typeof entry === 'object' && entry !== null ? strings((entry as { matches?: unknown }).matches) : ['(MV2: every site)'];
    for (const pattern of matches) if (!isAllowedHost(pattern)) problems.push(`web-accessible resources on "${pattern}"`);
  }
  if (manifest.externally_connectable !== undefined) problems.push('externally_connectable');
  if (typeof manifest.content_security_policy === 'string' || typeof manifest.content_security_policy === 'object') {
    problems.push('a custom content_security_policy (remote code is never allowed)');
  }
  return problems;
}
