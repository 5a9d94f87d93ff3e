import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { extractArgTypes, extractComponentDescription, manifest } from './manifest.js';
import { installMockFetch } from './mock-fetch.js';

// The manifest feeds the docs pages; our extractor (see manifest.ts) turns it into controls and tables.
setCustomElementsManifest(manifest);
installMockFetch();

const preview: Preview = {
  // A docs page (API tables from the manifest + every story) for each element.
  tags: ['autodocs'],
  parameters: {
    docs: { extractArgTypes, extractComponentDescription, toc: true },
    controls: { expanded: true, sort: 'requiredFirst' },
    // addon-a11y runs axe on every story; violations count as errors.
    a11y: { test: 'error' },
    layout: 'padded',
    options: { storySort: { order: ['Giới thiệu', 'Elements', 'Theming'] } },
  },
  // The language toolbar: elements take their language from the closest [lang].
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ / Language',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi' },
  decorators: [(story, { globals }) => html`<div lang=${globals.lang === 'en' ? 'en' : 'vi'}>${story()}</div>`],
};

export default preview;
