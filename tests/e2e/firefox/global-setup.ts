import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { buildFixtures } from '../support/build-fixtures';
import { REPO } from '../support/paths';
import { FIREFOX_BUILD, FIREFOX_EXTENSION } from './paths';

/**
 * Before the Firefox suite: builds the Firefox extension (skip with E2E_SKIP_BUILD=1 when .output is
 * fresh, as `npm test` does), copies it aside so a concurrent build cannot change it mid-run, and
 * builds the same fixture pages as the Chromium suite.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await rm(FIREFOX_EXTENSION, { recursive: true, force: true });
  await buildFixtures();
  await cp(FIREFOX_BUILD, FIREFOX_EXTENSION, { recursive: true });
}
