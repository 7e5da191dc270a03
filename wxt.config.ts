import { defineConfig } from 'wxt';

// Host access is limited to the two sites we watch; see DESIGN.md "Privacy invariants".
const HOSTS = ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'];

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Second Look',
    description: 'Warns before a post on LinkedIn or X identifies a patient, and shows the time those sites take each day.',
    permissions: ['storage', 'idle', 'alarms'],
    host_permissions: HOSTS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'second-look@second-look.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Lets a hospital push identifier patterns, terms and a minimum sensitivity (docs/enterprise.md).
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
