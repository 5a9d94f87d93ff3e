import { defineConfig } from 'vite';
import { srcHasSideEffects } from '../vite.config.js';

// Storybook's own Vite config. The demo's plugins (dev redirect, copy to demo-dist/) stay out; only
// the one that keeps src/ element modules (which define themselves on import) from being tree-shaken.
export default defineConfig({ plugins: [srcHasSideEffects()] });
