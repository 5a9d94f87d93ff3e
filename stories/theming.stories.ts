import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/news-list/news-list.js';
import '../src/notice-board/notice-board.js';
import '../src/service-links/service-links.js';
import '../src/visit-counter/visit-counter.js';
import { tokenTable } from './token-table.js';

/**
 * Theming with the `--gov-*` custom properties (src/core/base.styles.ts): set them on any ancestor and
 * every element inherits them through its shadow root. The controls are the tokens from
 * custom-elements.json; change one and the right-hand column follows live.
 */

/** A province's colours: a deep red heading bar on a warm white, as many provincial portals use. */
const province: Args = {
  '--gov-color-primary': '#8c1c13',
  '--gov-color-on-primary': '#ffffff',
  '--gov-color-link': '#7a1810',
  '--gov-color-text': '#2b1d16',
  '--gov-color-muted': '#5c4a3d',
  '--gov-color-border': '#d9c3a5',
  '--gov-color-surface': '#fffaf2',
  '--gov-color-accent': '#a3170d',
  '--gov-color-focus': '#005fcc',
  '--gov-color-skeleton': '#efe3d0',
  '--gov-radius': '0px',
  '--gov-space': '0.85rem',
  '--gov-font-family': "Georgia, 'Times New Roman', serif",
  // Headings as written, not in small capitals.
  '--gov-heading-caps': 'normal',
  '--gov-heading-transform': 'none',
};

const tokensOf = (args: Args): Record<string, string> =>
  Object.fromEntries(Object.entries(args).filter(([k, v]) => k.startsWith('--') && typeof v === 'string' && v !== ''));

const column = (title: string, tokens: Record<string, string>): TemplateResult =>
  html`<section style="flex: 1 1 18rem; min-width: 0; display: grid; gap: 1rem; align-content: start" aria-label=${title}>
    <p style="margin: 0; font: 600 0.9rem system-ui, sans-serif">${title}</p>
    <div style=${styleMap({ ...tokens, display: 'grid', gap: '1rem' })}>
      <gov-news-list src="data/tin-tuc.json" heading="Các tin khác" limit="4" heading-level="3"></gov-news-list>
      <gov-notice-board src="data/thong-bao.json" limit="3" heading-level="3"></gov-notice-board>
      <gov-service-links src="data/dich-vu-cong.json" heading-level="3"></gov-service-links>
      <gov-visit-counter src="data/luot-truy-cap.json" heading-level="3"></gov-visit-counter>
    </div>
  </section>`;

const meta: Meta = {
  title: 'Theming/Tokens',
  // The news list's manifest entry lists every shared --gov-* token, so its controls drive this story.
  component: 'gov-news-list',
  parameters: {
    controls: { include: Object.keys(province) },
    docs: {
      description: {
        component:
          'Every element takes its colours, font, radius and spacing from `--gov-*` custom properties set on it or on any ancestor. Edit them in the controls.',
      },
    },
  },
};

export default meta;
type Story = StoryObj;

/** The default look beside a province's colours; edit the tokens in the controls. */
export const ProvinceColours: Story = {
  args: province,
  // The two columns hold the same boxes on purpose (to compare their looks), so their regions share names.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  render: (args) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem">
      ${column('Mặc định', {})} ${column('Màu của tỉnh (--gov-* trên phần tử cha)', tokensOf(args))}
    </div>`,
};

/** A dark theme through the same tokens (contrast kept at WCAG AA). */
export const Dark: Story = {
  args: {
    '--gov-color-primary': '#9cc3ff',
    '--gov-color-on-primary': '#0d1b2a',
    '--gov-color-link': '#b8d4ff',
    '--gov-color-text': '#e8eef5',
    '--gov-color-muted': '#b6c2cf',
    '--gov-color-border': '#3d4f63',
    '--gov-color-surface': '#14212f',
    '--gov-color-accent': '#ffb4a9',
    '--gov-color-focus': '#ffd166',
    '--gov-color-skeleton': '#24364a',
  },
  render: (args) =>
    html`<div style="background: #0d1b2a; color: #e8eef5; padding: 1rem; border-radius: 4px">
      ${column('Giao diện tối', tokensOf(args))}
    </div>`,
};

/** `::part()` for what tokens do not reach: here a heading bar with a left rule and dates in bold. */
export const Parts: Story = {
  parameters: { controls: { disable: true } },
  render: () =>
    html`<style>
        .parts-demo gov-news-list::part(heading) {
          background: #ffffff;
          color: #0b4a8b;
          border-left: 6px solid #b3261e;
          border-bottom: 1px solid #b9c6d6;
        }
        .parts-demo gov-news-list::part(date) {
          font-weight: 700;
          color: #1b1f24;
        }
        .parts-demo gov-news-list::part(item) {
          padding-block: 0.6rem;
        }
      </style>
      <div class="parts-demo" style="max-width: 40rem">
        <gov-news-list src="data/tin-tuc.json" heading="Các tin khác" limit="5"></gov-news-list>
      </div>`,
};

/**
 * Every `--gov-*` token with its default, and its value in the dark and high-contrast themes (read from the
 * code); switch the "Giao diện" toolbar to see a box take them.
 */
export const TokenDefaults: Story = {
  parameters: { controls: { disable: true } },
  render: () =>
    html`<div style="display: grid; gap: 1.5rem">
      <gov-news-list
        src="data/tin-tuc.json"
        heading="Các tin khác"
        limit="2"
        heading-level="2"
        style="max-width: 24rem"
      ></gov-news-list>
      ${tokenTable()}
    </div>`,
};
