import { beforeAll, describe, expect, it } from 'vitest';
import { builtManifest, pngSize, TARGETS, type Target } from './built-manifest';
import { permissionProblems } from './permission-audit';

const ICON_SIZES = ['16', '32', '48', '128'];
const manifests = {} as Record<Target, Record<string, unknown>>;

beforeAll(() => {
  for (const target of Object.keys(TARGETS) as Target[]) manifests[target] = builtManifest(target);
}, 240_000);

describe('permission audit', () => {
  it('reports anything beyond DESIGN.md\'s permissions, so the build checks below can fail', () => {
    const greedy = {
      permissions: ['storage', 'tabs', 'https://*.linkedin.com/*', '<all_urls>'],
      host_permissions: ['https://x.com/*', 'http://twitter.com/*'],
      optional_permissions: ['downloads'],
      content_scripts: [{ matches: ['https://example.com/*'] }],
      web_accessible_resources: [{ resources: ['a.png'], matches: ['<all_urls>'] }],
      externally_connectable: { matches: ['https://x.com/*'] },
    };
    expect(permissionProblems(greedy)).toEqual([
      'permission "tabs"',
      'permission "downloads"',
      'host access "http://twitter.com/*"',
      'host access "https://*.linkedin.com/*"',
      'host access "<all_urls>"',
      'content script on "https://example.com/*"',
      'web-accessible resources on "<all_urls>"',
      'externally_connectable',
    ]);
  });
});

describe.each(Object.keys(TARGETS) as Target[])('%s build manifest', (target) => {
  it('asks for storage, idle, alarms and the three sites, nothing more', () => {
    expect(permissionProblems(manifests[target])).toEqual([]);
  });

  it('runs its content scripts on LinkedIn, X and Twitter', () => {
    const scripts = manifests[target].content_scripts as Array<{ matches: string[] }>;
    expect(scripts.flatMap((script) => script.matches).sort()).toEqual(['https://twitter.com/*', 'https://www.linkedin.com/*', 'https://x.com/*']);
  });

  it('declares 16, 32, 48 and 128 px PNG icons for the listing and the toolbar, each the size it claims', () => {
    const { icons } = manifests[target] as { icons: Record<string, string> };
    const toolbar = (manifests[target].action ?? manifests[target].browser_action) as { default_icon: Record<string, string> };
    expect(Object.keys(icons).sort()).toEqual([...ICON_SIZES].sort());
    expect(toolbar.default_icon).toEqual(icons);
    for (const size of ICON_SIZES) expect(pngSize(target, icons[size] ?? '')).toEqual({ width: Number(size), height: Number(size) });
  });
});

describe('Chrome manifest', () => {
  it('is MV3 with a managed-storage schema and no Firefox-only keys', () => {
    expect(manifests.chrome.manifest_version).toBe(3);
    expect(manifests.chrome.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(manifests.chrome.browser_specific_settings).toBeUndefined();
  });
});

describe('Firefox manifest', () => {
  const gecko = () => (manifests.firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;

  it('is MV2 with a fixed add-on id that declares no data collection', () => {
    expect(manifests.firefox.manifest_version).toBe(2);
    expect(gecko().id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko().data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('needs a Firefox new enough for storage.session (115) and the data-collection key (140)', () => {
    const major = Number(String(gecko().strict_min_version).split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(140);
  });
});
