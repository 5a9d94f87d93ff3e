// After tsc (dist/) and before the bundles: the production and the development build of the
// per-file modules, from the same code.
//
//   1. Lit's `css`/`html` templates in dist/ are minified (scripts/build/minify-lit-templates.mjs).
//   2. The modules (with their source maps) are copied to dist/development/: the development build,
//      which the package's `development` export condition serves. Its maps point one folder further up.
//   3. dist/core/dev.js becomes `export const DEV = false;`: in the production build every `if (DEV)`
//      branch (hints for whoever sets an element up, see src/core/dev.ts) is dead code, which
//      rollup, esbuild, Vite and webpack drop when they bundle.
// Type declarations stay in dist/ only: both builds have the same types.
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { minifyLiteralsInDir } from './minify-lit-templates.mjs';

const dist = 'dist';
const development = join(dist, 'development');
const isBundleChunk = (path) => /gov-portal-elements\.[^/]*\.js(\.map)?$/.test(path);

await minifyLiteralsInDir(dist, { skip: isBundleChunk });

await rm(development, { recursive: true, force: true });
for (const path of await readdir(dist, { recursive: true })) {
  if (!/\.js(\.map)?$/.test(path) || isBundleChunk(path)) continue;
  const to = join(development, path);
  await mkdir(dirname(to), { recursive: true });
  if (path.endsWith('.js')) {
    await copyFile(join(dist, path), to);
  } else {
    // The copy is one folder deeper: its map's sources move one `../` further.
    const map = JSON.parse(await readFile(join(dist, path), 'utf8'));
    map.sources = map.sources.map((s) => (s.startsWith('../') ? `../${s}` : s));
    await writeFile(to, JSON.stringify(map));
  }
}

const devFile = join(dist, 'core', 'dev.js');
const code = await readFile(devFile, 'utf8');
const production = code.replace(/export const DEV = true;/, 'export const DEV = false;');
if (production === code) throw new Error(`${devFile}: "export const DEV = true;" not found`);
await writeFile(devFile, production);
console.log(`two builds: dist/ (production, DEV = false) and ${development}/ (development)`);
