import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES_OUT, REPO } from './paths';

/** Each fixture page: its script, the editor library's stylesheet, and the page's own body markup. */
const PAGES = {
  linkedin: { entry: 'tests/e2e/fixtures/src/linkedin.mjs', css: 'node_modules/quill/dist/quill.snow.css', body: '', title: 'Feed | LinkedIn' },
  x: { entry: 'tests/e2e/fixtures/src/x.mjs', css: 'node_modules/draft-js/dist/Draft.css', body: '<div id="react-root"></div><div id="layers"></div>', title: 'Home / X' },
} as const;

export type FixturePage = keyof typeof PAGES;

/** Builds each fixture page (real editor libraries bundled with esbuild) into one self-contained HTML file. */
export async function buildFixtures(): Promise<Record<FixturePage, string>> {
  await mkdir(FIXTURES_OUT, { recursive: true });
  const out = {} as Record<FixturePage, string>;
  for (const [name, page] of Object.entries(PAGES) as Array<[FixturePage, (typeof PAGES)[FixturePage]]>) {
    const result = await build({
      entryPoints: [path.join(REPO, page.entry)],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    });
    const script = (result.outputFiles[0]?.text ?? '').replaceAll('</script', '<\\/script');
    const css = await readFile(path.join(REPO, page.css), 'utf8');
    const cssForShadow = `<script>window.__quillCss = ${JSON.stringify(css).replaceAll('</', '<\\/')};</script>`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.title}</title>` +
      `<style>${css.replaceAll('</style', '<\\/style')}</style>${name === 'linkedin' ? cssForShadow : ''}</head>` +
      `<body>${page.body}<script>${script}</script></body></html>`;
    const file = path.join(FIXTURES_OUT, `${name}.html`);
    await writeFile(file, html);
    out[name] = file;
  }
  return out;
}
