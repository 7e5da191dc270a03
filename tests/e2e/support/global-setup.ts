import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { buildFixtures } from './build-fixtures';
import { CHROME_BUILD, CHROME_EXTENSION, REPO } from './paths';

/**
 * Before the browser suite: builds the extension with `wxt build` (skip with E2E_SKIP_BUILD=1 when
 * .output is fresh), copies it aside so a concurrent build cannot change it mid-run, and builds the fixture pages.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await rm(CHROME_EXTENSION, { recursive: true, force: true });
  await buildFixtures();
  await cp(CHROME_BUILD, CHROME_EXTENSION, { recursive: true });
}
