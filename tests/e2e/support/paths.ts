import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Built fixture pages and the extension copy under test (gitignored). */
export const FIXTURES_OUT = path.join(REPO, 'tests/e2e/.fixtures');
/** What `wxt build` writes for Chrome. */
export const CHROME_BUILD = path.join(REPO, '.output/chrome-mv3');
/** The copy the tests load, so another build running meanwhile cannot change it under a test. */
export const CHROME_EXTENSION = path.join(FIXTURES_OUT, 'chrome-mv3');
/** The system Chromium found on PATH (Debian's package in CI); override with CHROMIUM_PATH. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error('Chromium not found on PATH: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
}
