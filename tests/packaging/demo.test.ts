import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtManifest } from './built-manifest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `npm run demo -- <args>` the way a user would, with the given environment changes. */
function demo(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync('npx', ['tsx', 'scripts/demo.ts', ...args], {
    cwd: REPO, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run demo', () => {
  it.runIf(process.platform === 'linux')('without a display, says so and suggests xvfb-run, with no stack trace', () => {
    const { status, output } = demo(['--no-build'], { DISPLAY: '', WAYLAND_DISPLAY: '' });
    expect(status).toBe(1);
    expect(output).toContain('DISPLAY is not set');
    expect(output).toContain('xvfb-run -a npm run demo');
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('rejects an unknown option with the list of options', () => {
    const { status, output } = demo(['--chrome']);
    expect(status).toBe(1);
    expect(output).toContain('Unknown option --chrome');
  });

  it('--check opens Chromium with the built extension at the real LinkedIn address and sees a high-risk warning', () => {
    builtManifest('chrome');
    const { status, output } = demo(['--check', '--no-build']);
    expect(output).toContain('Demo check passed in Chrome');
    expect(status).toBe(0);
  }, 90_000);
});
