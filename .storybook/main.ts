import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every element, every state, from the model page's content.
 * Controls and API tables come from custom-elements.json (`npm run analyze`), see preview.ts.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // A config of its own, so the demo's Vite plugins (redirect, copy to demo-dist/) stay out of Storybook.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // No telemetry, and so no network at all while building.
  core: { disableTelemetry: true },
  // The demo portal's data and images serve the stories too: /data/tin-tuc.json, /images/tin-1.svg.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../demo/images', to: '/images' },
    { from: '../stories/data', to: '/story-data' },
  ],
};

export default config;
