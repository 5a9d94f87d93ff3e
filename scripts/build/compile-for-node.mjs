// Compiles src/ (the elements, file by file, as `tsc -p tsconfig.build.json` lays out dist/) into a
// cache folder, so the server renderer's tests run against the sources as they are now, not against
// whatever dist/ was last built. Prints the folder; the tests pass it as GOV_PORTAL_ELEMENTS_DIST.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const outdir = join(root, 'node_modules/.cache/gov-portal-elements-ssr/dist');

/** Every .ts file under src/ but the Node-only parts (counter service, server renderer). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['counter-service', 'ssr'].includes(e.name) ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Builds the elements into `outdir` and returns it. */
export async function buildElements() {
  await build({
    entryPoints: sources(join(root, 'src')),
    outdir,
    outbase: join(root, 'src'),
    bundle: false,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return outdir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(relative(process.cwd(), await buildElements()) || '.');
}
