// Brotli size of one entry built straight from src/, without touching dist/ (safe to run while
// other builds or tests run): `node scripts/measure/entry-size.mjs [news-list|article|…|bundle] [--modules]`.
// It bundles the way the shipped files are built — Lit templates minified, ES module, minified,
// UTF-8, dynamic imports left out — so figures are within a few bytes of `npm run size`.
// `--modules` lists each module's minified bytes (a guide to where the size is, not brotli).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, transform } from 'esbuild';
import { minifyLiterals } from '../build/minify-lit-templates.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const which = process.argv[2] ?? 'bundle';
const entry = which === 'bundle' ? 'src/index.ts' : `src/${which}/${which}.ts`;

const litTemplates = {
  name: 'lit-templates',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
      const ts = await readFile(args.path, 'utf8');
      const { code } = await transform(ts, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { contents: minifyLiterals(code).code, loader: 'js', resolveDir: resolve(args.path, '..') };
    });
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

const result = await build({
  entryPoints: [resolve(root, entry)],
  bundle: true,
  minify: true,
  format: 'esm',
  charset: 'utf8',
  legalComments: 'none',
  conditions: ['production'],
  write: false,
  metafile: true,
  plugins: [litTemplates],
  logLevel: 'error',
});
const code = result.outputFiles[0].contents;
const br = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`${which}: ${(br / 1000).toFixed(2)} kB brotli (${code.length} bytes minified)`);
if (process.argv.includes('--modules')) {
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
  for (const [path, { bytesInOutput }] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
    console.log(`${String(bytesInOutput).padStart(7)}  ${path.replace(/^.*node_modules\//, '')}`);
  }
}
