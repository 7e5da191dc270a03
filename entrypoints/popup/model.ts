import type { Region } from '../../src/advice';
import type { Category, Risk } from '../../src/detect/types';
import type { KeptFinding, TabStateResponse } from '../../src/messaging/popup';
import type { WatchedSite } from '../../src/settings/schema';

/** Everything the popup shows, gathered before the first paint so rendering is one synchronous pass. */
export interface PopupModel {
  tabId?: number;
  /** The watched site the tab is on, or null when it is elsewhere. */
  site: WatchedSite | null;
  risk: Risk;
  /** One group per category found, most severe first. */
  groups: FindingGroup[];
  /** True when the tab has at least one draft the background knows about. */
  hasDraft: boolean;
  region: Region;
  /** Warnings on this site are paused until then (epoch ms), or 0. */
  pausedUntil: number;
  now: number;
  /** Something the user should know (settings reset, checker unreachable). */
  notice?: string;
}

export interface FindingGroup {
  category: Category;
  severity: Exclude<Risk, 'none'>;
  findings: KeptFinding[];
}

const RANK: Record<Risk, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** The site a tab's URL belongs to, if it is one we watch. */
export function siteOf(url: string | undefined): WatchedSite | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    if (host === 'www.linkedin.com' || host === 'linkedin.com') return 'linkedin';
    if (host === 'x.com' || host === 'twitter.com' || host.endsWith('.x.com') || host.endsWith('.twitter.com')) return 'x';
  } catch {
    // not a URL we can read
  }
  return null;
}

/** The tab's findings grouped by category: most severe group first, then by how many it holds. */
export function groupFindings(state: Pick<TabStateResponse, 'editors'>): FindingGroup[] {
  const groups = new Map<Category, FindingGroup>();
  for (const editor of state.editors) {
    for (const finding of editor.analysis.findings) {
      const group = groups.get(finding.category) ?? { category: finding.category, severity: finding.severity, findings: [] };
      group.findings.push(finding);
      if (RANK[finding.severity] > RANK[group.severity]) group.severity = finding.severity;
      groups.set(finding.category, group);
    }
  }
  return [...groups.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity] || b.findings.length - a.findings.length);
}
