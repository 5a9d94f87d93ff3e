import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeStyles } from '../src/core/theme.styles.js';
import { extractArgTypes, extractComponentDescription, manifest } from './manifest.js';
import { installMockFetch } from './mock-fetch.js';

// The manifest feeds the docs pages; our extractor (see manifest.ts) turns it into controls and tables.
setCustomElementsManifest(manifest);
installMockFetch();

/** The page colour behind the stories in each theme, as a themed portal would paint it. */
const pageColour: Record<string, string> = { light: '', dark: '#0d1b2a', contrast: '#000' };

/**
 * Applies the theme toolbar's choice the way <gov-display-settings> does: `data-gov-theme` on
 * `<html>` and the theme values (src/core/base.styles.ts) adopted into the document.
 */
function applyTheme(theme: string): void {
  const root = document.documentElement;
  const sheet = themeStyles.styleSheet;
  if (sheet && !document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  root.dataset.govTheme = theme in pageColour ? theme : 'light';
  root.dataset.govTextSize = 'normal';
  root.style.removeProperty('--gov-text-scale');
  document.body.style.background = pageColour[theme] ?? '';
}

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
  // The toolbars: elements take their language from the closest [lang], their theme from <html>.
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
    theme: {
      description: 'Giao diện / Theme (html[data-gov-theme], as <gov-display-settings> sets it)',
      toolbar: {
        title: 'Giao diện',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Sáng / Light' },
          { value: 'dark', title: 'Tối / Dark' },
          { value: 'contrast', title: 'Tương phản cao / High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi', theme: 'light' },
  decorators: [
    (story, { globals }) => {
      applyTheme(String(globals.theme ?? 'light'));
      return html`<div lang=${globals.lang === 'en' ? 'en' : 'vi'}>${story()}</div>`;
    },
  ],
};

export default preview;
