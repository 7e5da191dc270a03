import { defineConfig } from 'wxt';

// Host access is limited to the two sites we watch; see DESIGN.md "Privacy invariants".
const HOSTS = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'];
// Drawn by assets/icons/make-icons.mjs; WXT finds public/icon/<size>.png for `icons`, the toolbar needs them named.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/**
 * Firefox gets Manifest V2 (WXT's default for Firefox), on purpose: MV2 grants the host access with
 * the install, where Firefox's MV3 lets each site's access be switched off (the warnings would then
 * stop without a word), and its persistent background page keeps each tab's latest analysis in memory
 * as DESIGN.md intends. Mozilla supports MV2 with no end date. `npm run build:firefox-mv3` still builds MV3.
 *
 * strict_min_version: storage.session needs Firefox 115, and data_collection_permissions is only
 * understood from Firefox 140 (Android 142); 140 is also the oldest supported ESR, which hospitals run.
 */
const GECKO = {
  gecko: { id: 'second-look@second-look.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  gecko_android: { strict_min_version: '142.0' },
};

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Second Look',
    description: 'Warns before a post on LinkedIn or X identifies a patient, and shows the time those sites take each day.',
    permissions: ['storage', 'idle', 'alarms'],
    host_permissions: HOSTS,
    icons: ICONS,
    ...(manifestVersion === 3 ? { action: { default_icon: ICONS } } : { browser_action: { default_icon: ICONS } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: GECKO }
      : // Lets a hospital push identifier patterns, terms and a minimum sensitivity (docs/enterprise.md).
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  zip: {
    // The sources zip is what Firefox's reviewers rebuild from: the code and its build files only,
    // never test output, logs, the corpora or screenshots (tests are not needed to build).
    excludeSources: ['tests/**', 'corpus/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'assets/screenshots/**', '**/*.log', 'stats.html'],
  },
});
