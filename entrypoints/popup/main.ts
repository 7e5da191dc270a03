import { browser } from 'wxt/browser';
import { loadModel } from './load-model';
import { renderPopup, type PopupActions } from './render';
import './style.css';

// Modules are evaluated by now: the benchmark splits start-up from data gathering at this mark.
performance.mark('sl:script');

const actions: PopupActions = {
  // Loaded on demand: the settings store and the usage section are not needed for the first paint.
  pause: async (site, untilMs) => (await import('../../src/settings/store')).pauseSite(site, untilMs),
  openSettings: () => void browser.runtime.openOptionsPage().then(() => window.close()),
  renderUsage: async (container) => (await import('../../src/usage/popup-section')).renderUsageSection(container),
};

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  renderPopup(root, await loadModel(location.search), actions);
  // Read by the benchmark (tests/bench/popup.bench.mjs) and by end-to-end tests waiting for the first paint.
  performance.mark('sl:rendered');
  document.documentElement.dataset.rendered = 'true';
}

void start();
