import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_OUT, REPO } from '../support/paths';

/** What `wxt build -b firefox` writes (Manifest V2, see wxt.config.ts for why). */
export const FIREFOX_BUILD = path.join(REPO, '.output/firefox-mv2');
/** The copy the Firefox tests load, so a build running meanwhile cannot change it under a test. */
export const FIREFOX_EXTENSION = path.join(FIXTURES_OUT, 'firefox-mv2');

/** Firefox ESR or Firefox found on PATH (Debian's firefox-esr in CI); override with FIREFOX_PATH. */
export function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['firefox-esr', 'firefox']) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error('Firefox not found on PATH: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
}
