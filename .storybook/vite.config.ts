import { defineConfig } from 'vite';

// Storybook's own Vite config, so the demo's plugins (dev redirect, copy to demo-dist/) stay out of it.
// The element modules in src/ are listed in package.json's `sideEffects`, so their definitions are kept.
export default defineConfig({
  // Storybook's web-components renderer imports lit/directive-helpers.js, which Vite would otherwise
  // serve unbundled: a second copy of lit-html beside the pre-bundled one ("Multiple versions of Lit
  // loaded" in the dev server's console). Pre-bundled with lit, both share one copy.
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
});
