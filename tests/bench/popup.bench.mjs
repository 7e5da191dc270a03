/* global chrome -- evaluated inside the extension page, where chrome.* exists */
// Popup render time and the worker's cold-start analysis, in headless Chromium with the built extension.
// Prints figures; asserts nothing. Build first: `npx wxt build`, then
// `node tests/bench/popup.bench.mjs [--ext DIR] [--runs N] [--screenshots DIR]`.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
// --ext lets a copy of the build be measured while other work rebuilds .output.
const EXT = resolve(arg('--ext', fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url))));
const RUNS = Number(arg('--runs', '30'));
const SHOTS = arg('--screenshots', '');
const DRAFT = 'Lovely to see Maria Gonzalez (94) in room 12 at St Mary’s today, call her on 0207 946 0958';

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (n=${sorted.length})`;
}

if (!existsSync(`${EXT}/manifest.json`)) {
  console.error(`No build at ${EXT}: run \`npx wxt build\` first.`);
  process.exit(1);
}
const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await context.route('**/*', (route) => (/^https?:$/.test(new URL(route.request().url()).protocol) ? route.abort() : route.continue()));
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  const base = `chrome-extension://${extId}`;

  // A page of ours stands in for the content script: its messages carry its own tab id.
  const seed = await context.newPage();
  await seed.goto(`${base}/popup.html?tab=0`);
  const send = (message) => seed.evaluate((m) => chrome.runtime.sendMessage(m), message);
  const tabId = await seed.evaluate(async () => (await chrome.tabs.getCurrent()).id);

  // Cold start: stop the worker, then time the first analysis that wakes it.
  const cdp = await context.newCDPSession(seed);
  let running = 'running';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.length > 0) running = versions.at(-1).runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  const stopped = async () => {
    for (let waited = 0; running !== 'stopped' && waited < 3000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  };
  const cold = [];
  const warm = [];
  for (let i = 0; i < Math.min(RUNS, 15); i += 1) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped();
    const message = { type: 'sl:analyze', editorId: 'bench', site: 'linkedin', revision: 0, text: DRAFT, media: 1 };
    cold.push(await seed.evaluate(async (m) => { const t = performance.now(); await chrome.runtime.sendMessage(m); return performance.now() - t; }, message));
    warm.push(await seed.evaluate(async (m) => { const t = performance.now(); await chrome.runtime.sendMessage(m); return performance.now() - t; }, { ...message, revision: 1 }));
  }
  const state = await send({ type: 'sl:tab-state', tabId });
  console.log(`seeded tab ${tabId}: risk ${state.risk}, ${state.editors[0]?.analysis.findings.length ?? 0} findings`);
  console.log(`analysis round trip, worker just woken: ${stats(cold)}`);
  console.log(`analysis round trip, worker warm:       ${stats(warm)}`);

  const popup = await context.newPage();
  const fromStart = [];
  const fromLoad = [];
  const scripts = [];
  for (let i = 0; i < RUNS; i += 1) {
    await popup.goto(`${base}/popup.html?tab=${tabId}`);
    await popup.locator('html[data-rendered="true"]').waitFor();
    const t = await popup.evaluate(() => {
      const mark = performance.getEntriesByName('sl:rendered')[0].startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      return { mark, script: performance.getEntriesByName('sl:script')[0].startTime, responseEnd: nav.responseEnd };
    });
    scripts.push(t.script);
    fromStart.push(t.mark);
    fromLoad.push(t.mark - t.responseEnd);
  }
  console.log(`popup rendered, from navigation start:  ${stats(fromStart)}`);
  console.log(`popup rendered, from document received: ${stats(fromLoad)}`);
  console.log(`  of which modules evaluated by:        ${stats(scripts)} (from navigation start)`);

  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    for (const scheme of ['light', 'dark']) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 900 });
      await popup.goto(`${base}/popup.html?tab=${tabId}`);
      await popup.locator('html[data-rendered="true"]').waitFor();
      await popup.screenshot({ path: `${SHOTS}/popup-${scheme}.png`, fullPage: true });
    }
    console.log(`screenshots in ${SHOTS}`);
  }
} finally {
  await context.close();
}
