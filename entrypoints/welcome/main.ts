import { browser } from 'wxt/browser';
import { loadSettings, saveSettings } from '../../src/settings/store';
import { renderWelcome } from './welcome';
import './style.css';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const loaded = await loadSettings().catch(() => undefined);
  renderWelcome(root, loaded?.settings.region ?? 'us', {
    saveRegion: async (region) => void (await saveSettings({ region })),
    openSettings: () => void browser.runtime.openOptionsPage(),
  });
}

void start();
