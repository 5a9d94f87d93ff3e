// The drop-in bundle: one minified ES module with Lit inlined, built from tsc's output (templates
// already minified by scripts/build/two-builds.mjs), twice: the production bundle from dist/ and the
// development bundle (with the set-up hints of src/core/dev.ts) from dist/development/.
// DOMPurify stays a separate chunk that <gov-article> imports only when a body needs sanitizing.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Fails the build if the bundle statically imports another chunk: the feed reader and DOMPurify
 * must stay lazy (a page without a feed or an article body never downloads them).
 */
function lazyChunksStayLazy() {
  return {
    name: 'lazy-chunks-stay-lazy',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.imports.length > 0) {
          this.error(`${chunk.fileName} statically imports ${chunk.imports.join(', ')}: lazy chunks must load only when needed`);
        }
      }
    },
  };
}

/**
 * How every drop-in bundle is resolved and minified (also used by scripts/measure/six-element-bundle.mjs,
 * so its figure is built the same way).
 */
export const minifiedBundlePlugins = () => [
  resolve({ exportConditions: ['production'] }),
  // passes: 2 and ecma 2020 were measured to pay (a few dozen bytes brotli); unsafe options were not worth it.
  terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * A drop-in bundle of the build in `dir` (dist/ or dist/development/), written next to it: `index` (every
 * element) or `hydrate` (Lit's hydration support first, then every element, for server-rendered pages).
 */
const bundle = (dir, entry = 'index') => ({
  input: `${dir}/${entry}.js`,
  // Lets the lazy chunks import shared code from the bundle itself instead of a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir,
    format: 'es',
    entryFileNames: entry === 'index' ? 'gov-portal-elements.bundle.js' : 'gov-portal-elements.hydrate.js',
    // The hydration bundle's lazy chunks import from it, so they are its own.
    chunkFileNames: entry === 'index' ? 'gov-portal-elements.[name].js' : 'gov-portal-elements.hydrate.[name].js',
    sourcemap: true,
  },
  // tsc's __decorate helper reads top-level `this`; in an ES module it is undefined, which it handles.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [...minifiedBundlePlugins(), lazyChunksStayLazy()],
});

export default [bundle('dist'), bundle('dist/development'), bundle('dist', 'hydrate'), bundle('dist/development', 'hydrate')];
