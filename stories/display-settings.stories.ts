import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/display-settings/display-settings.js';
import '../src/news-list/news-list.js';
import '../src/notice-board/notice-board.js';
import { english, narrow } from './support.js';

// `<gov-display-settings>`: "Cỡ chữ, tương phản" in a portal's header, over two boxes it restyles.
// Its choice is the visitor's: it is kept in this browser and applied to the whole preview page,
// so it overrides the theme toolbar while the story is open.
const meta: Meta = {
  title: 'Elements/Display settings',
  component: 'gov-display-settings',
  render: () =>
    html`<div style="display: grid; gap: 1rem; max-width: 40rem">
      <gov-display-settings></gov-display-settings>
      <gov-news-list src="data/tin-tuc.json" heading="Các tin khác" limit="3" heading-level="2"></gov-news-list>
      <gov-notice-board src="data/thong-bao.json" limit="3" heading-level="2"></gov-notice-board>
    </div>`,
};

export default meta;
type Story = StoryObj;

/** In the header, above the boxes: pick "Tối" or "Tương phản cao" and they follow; "Lớn" scales them. */
export const InTheHeader: Story = {};

/** English labels, over the English news (`lang="en"` on an ancestor). */
export const English: Story = {
  globals: english,
  render: () =>
    html`<div style="display: grid; gap: 1rem; max-width: 40rem">
      <gov-display-settings></gov-display-settings>
      <gov-news-list src="data/en/tin-tuc.json" heading="Other news" limit="3" heading-level="2"></gov-news-list>
    </div>`,
};

/** At 320 px the choices wrap, each still 44 px tall. */
export const Narrow: Story = {
  decorators: [narrow],
  render: () => html`<gov-display-settings></gov-display-settings>`,
};
