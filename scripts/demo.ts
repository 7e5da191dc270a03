// `npm run demo [-- --firefox] [-- --no-build] [-- --check]`: try Second Look without an account.
// Builds the extension, opens Chromium (or Firefox ESR) with it and the fixture pages at the real
// LinkedIn and X addresses; nothing reaches the real sites. `--check` runs headless, types a risky
// draft, prints the indicator's risk and exits (a smoke test that needs no display).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildFixtures } from '../tests/e2e/support/build-fixtures';
import { REPO } from '../tests/e2e/support/paths';
import { DEMO_PAGES, openChromium, openFirefox, type DemoBrowser } from './demo-browsers';

const RISKY = 'Pt John Smith, MRN 00452318, in bed 4 today';
const args = new Set(process.argv.slice(2));
const firefox = args.has('--firefox');
const check = args.has('--check');
const target = firefox
  ? { name: 'Firefox', dir: path.join(REPO, '.output/firefox-mv2'), build: ['wxt', 'build', '-b', 'firefox'] }
  : { name: 'Chrome', dir: path.join(REPO, '.output/chrome-mv3'), build: ['wxt', 'build'] };

/** Ends with a plain message and no stack trace: everything here is something the user can act on. */
function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim()) ?? 'unknown error';
}

for (const arg of args) if (!['--firefox', '--no-build', '--check'].includes(arg)) fail(`Unknown option ${arg}. Options: --firefox, --no-build, --check.`);

if (!check && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'npm run demo opens a browser window, but there is no display here (DISPLAY is not set).\n' +
      'Run it on a desktop, or inside a virtual display:  xvfb-run -a npm run demo' + (firefox ? ' -- --firefox' : '') + '\n' +
      '(Debian: apt-get install xvfb). Without any display, `npm run demo -- --check` runs the same setup headless.',
  );
}

if (!args.has('--no-build')) {
  console.log(`Building the ${target.name} extension…`);
  try {
    execFileSync('npx', target.build, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    fail(`The ${target.name} build failed: ${firstLine((error as { stderr?: Buffer }).stderr?.toString() || error)}`);
  }
}
if (!existsSync(path.join(target.dir, 'manifest.json'))) fail(`No ${target.name} build in ${path.relative(REPO, target.dir)}: run npm run build first.`);

let demo: DemoBrowser;
try {
  await buildFixtures();
  demo = await (firefox ? openFirefox : openChromium)(target.dir, check);
} catch (error) {
  fail(`Could not start ${firefox ? 'Firefox' : 'Chromium'} with the extension: ${firstLine(error)}`);
}

if (check) {
  const risk = await demo.tryRiskyDraft(RISKY).catch((error: unknown) => `error: ${firstLine(error)}`);
  await demo.close();
  if (risk !== 'high') fail(`Demo check failed: the indicator shows ${risk} for a risky draft.`);
  console.log(`Demo check passed in ${target.name}: "${RISKY}" shows a ${risk}-risk warning.`);
  process.exit(0);
}

console.log(
  `\nSecond Look demo: ${DEMO_PAGES.join(' and ')} are served from local fixture pages; every other request is blocked.\n` +
    `Try: on LinkedIn click "Start a post" (or on X the "What's happening?" box) and type\n  ${RISKY}\n` +
    'then press Post. The toolbar button opens the popup with advice and today\'s time.\n' +
    'Close the browser window, or press Ctrl+C here, to end the demo.',
);
let stopping: Promise<void> | undefined;
const stop = (): Promise<void> =>
  (stopping ??= demo.close().then(() => process.exit(0)));
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
await demo.closed;
await stop();
