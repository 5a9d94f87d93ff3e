// The drop-in bundle: one minified ES module with Lit inlined, built from tsc's output.
// DOMPurify stays a separate chunk that <gov-article> imports only when a body needs sanitizing.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  // Lets the lazy chunks import shared code from the bundle itself instead of a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'gov-portal-elements.bundle.js',
    chunkFileNames: 'gov-portal-elements.[name].js',
    sourcemap: true,
  },
  // tsc's __decorate helper reads top-level `this`; in an ES module it is undefined, which it handles.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [resolve({ exportConditions: ['production'] }), terser({ module: true, format: { comments: false } })],
};
