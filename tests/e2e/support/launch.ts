import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROME_EXTENSION, chromiumPath } from './paths';
import { routeSites } from './routes';

/** A Chromium with the built extension loaded, its service worker and id. */
export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Chromium flags for a quiet, offline test browser (no sync, updates or background fetches). */
export const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function launch(args: string[]): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'second-look-e2e-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args });
  await routeSites(context);
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium with the built extension (extensions need a persistent context) and the fixture routes. */
export async function launchChromium(extension = CHROME_EXTENSION): Promise<ExtensionBrowser> {
  const { context, close } = await launch([`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...FLAGS]);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host, close };
}

/** The same browser and routes without the extension: the control for "behaves exactly as without us". */
export function launchPlainChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  return launch(FLAGS);
}
