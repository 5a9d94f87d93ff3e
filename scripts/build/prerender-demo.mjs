// npm run build:demo-ssr: demo/ssr.html, the demo page (demo/index.html) pre-rendered by the
// prerender command, loading the hydration entry instead of the plain one and without blocking its
// first paint on the script, and without the pre-upgrade stylesheet. `--base <url>`: where the page will be served (the links in its data
// resolve against it); by default http://127.0.0.1:5173/demo/ssr.html, as `npm start` serves it.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildElements } from './compile-for-node.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const at = process.argv.indexOf('--base');
const base = at > 0 ? process.argv[at + 1] : 'http://127.0.0.1:5173/demo/ssr.html';

process.env.GOV_PORTAL_ELEMENTS_DIST ??= await buildElements();
const { main } = await import('../../src/ssr/cli.js');
const out = `${root}demo/ssr.html`;
const code = await main([`${root}demo/index.html`, '-o', out, '--base', base, '--strict']);
if (code === 0) {
  const page = await readFile(out, 'utf8');
  const script = '<script type="module" src="/src/index.ts" blocking="render"></script>';
  if (!page.includes(script)) throw new Error(`demo/index.html no longer loads ${script}`);
  // The pre-upgrade stylesheet reserves room for elements not rendered yet: around server-rendered
  // ones its box would be drawn until the script runs, then go (a shift). Every element here is rendered.
  const preUpgrade = '<link rel="stylesheet" href="/src/gov-portal-elements.css" />';
  await writeFile(out, page.replace(script, '<script type="module" src="/src/hydrate.ts"></script>').replace(preUpgrade, ''));
}
process.exitCode = code;
