import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The two store builds: where WXT writes each, and the command that makes it. */
export const TARGETS = {
  chrome: { dir: '.output/chrome-mv3', build: ['wxt', 'build'] },
  firefox: { dir: '.output/firefox-mv2', build: ['wxt', 'build', '-b', 'firefox'] },
} as const;

export type Target = keyof typeof TARGETS;

/** The newest change among the files that shape a manifest (config, package, public files, entry points). */
function newestSource(): number {
  const files = ['wxt.config.ts', 'package.json'];
  for (const dir of ['public', 'public/icon', 'entrypoints']) {
    if (!existsSync(path.join(REPO, dir))) continue;
    for (const name of readdirSync(path.join(REPO, dir))) files.push(path.join(dir, name));
  }
  return Math.max(...files.map((file) => statSync(path.join(REPO, file)).mtimeMs));
}

/**
 * The built manifest of a target. `npm test` builds first; run alone, this builds the target when its
 * output is missing or older than the config, so the test never judges a stale manifest.
 */
export function builtManifest(target: Target): Record<string, unknown> {
  const file = path.join(REPO, TARGETS[target].dir, 'manifest.json');
  if (!existsSync(file) || statSync(file).mtimeMs < newestSource()) {
    execFileSync('npx', [...TARGETS[target].build], { cwd: REPO, stdio: 'pipe', timeout: 120_000 });
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Width and height of a PNG in a target's output (read from its IHDR chunk); null when not a PNG. */
export function pngSize(target: Target, file: string): { width: number; height: number } | null {
  const bytes = readFileSync(path.join(REPO, TARGETS[target].dir, file));
  if (bytes.subarray(1, 4).toString('ascii') !== 'PNG' || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
