import { defineConfig } from 'vite';

// Storybook's own Vite config, so the demo's plugins (dev redirect, copy to demo-dist/) stay out of it.
// The element modules in src/ are listed in package.json's `sideEffects`, so their definitions are kept.
export default defineConfig({});
