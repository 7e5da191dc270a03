import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every module a content script's bundle takes in, as repository paths (type-only imports are dropped, as in the real build). */
async function bundledModules(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(REPO, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'leave-out-wxt-and-css',
        setup(b) {
          // WXT's runtime and inlined CSS are not what this test is about; everything else is followed
          b.onResolve({ filter: /^wxt\/|\?inline$/ }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  return Object.keys(result.metafile.inputs);
}

/** What must stay out of content scripts (issue 3: at most 50 KB; the NLP and validation stay in the background). */
const FORBIDDEN = [
  /node_modules\/zod\//,
  /node_modules\/compromise\//,
  /^src\/detect\//,
  /^src\/background\//,
  /^src\/settings\/(store|schema|policy|repair)\.ts$/,
  /^src\/usage\/(history|history-store|daily-status|ledger)\.ts$/,
  /^src\/messaging\/(messages|popup|usage)\.ts$/,
  /^src\/advice\/(catalogue|sources)/,
];

describe('content-script bundles', () => {
  for (const entry of ['entrypoints/linkedin.content.ts', 'entrypoints/x.content.ts']) {
    it(`${entry} pulls in no zod, engine, catalogue or validated store`, async () => {
      const modules = await bundledModules(entry);
      expect(modules).toContain('src/compose/start-compose.ts'); // the check looks at the real graph
      expect(modules.filter((module) => FORBIDDEN.some((pattern) => pattern.test(module)))).toEqual([]);
    });
  }
});
