import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/visit-counter/visit-counter.js';
import { FOREVER, mock, narrow, renderOf, sidebar } from './support.js';

// `<gov-visit-counter>`: the model page's "LƯỢT TRUY CẬP" box (online 143, today 552, this month 141811,
// total 1116844), grouped the Vietnamese way: 1.116.844.
const meta: Meta = {
  title: 'Elements/Visit counter',
  component: 'gov-visit-counter',
  render: renderOf('gov-visit-counter'),
  args: { src: 'data/luot-truy-cap.json' },
  decorators: [sidebar],
};

export default meta;
type Story = StoryObj;

/** From JSON (`src`), as a CMS's counter endpoint gives it. */
export const FromJson: Story = {};

/** From attributes alone, no request: what a webmaster pastes into a static page. */
export const FromAttributes: Story = {
  args: { src: undefined, online: 143, today: 552, month: 141811, total: 1116844 },
};

/** Counts set from code (`el.counts = {…}`, the first of the sources), as a page's own script would. */
export const CountsFromCode: Story = {
  args: { src: undefined, counts: { online: 143, today: 552, month: 141811, total: 1116844 } },
};

/** English labels and grouping ("Online now", 1,116,844). */
export const English: Story = { args: { lang: 'en' } };

/** A missing count shows "—" (and "không có số liệu" to screen readers), never 0. */
export const MissingCount: Story = { args: { src: undefined, online: 143, today: 552, total: 1116844 } };

/** Labels of the page's own (`label-online`, …). */
export const CustomLabels: Story = {
  args: {
    'label-online': 'Đang truy cập',
    'label-today': 'Trong ngày',
    'label-month': 'Trong tháng',
    'label-total': 'Tổng lượt',
  },
};

/** `count-visit`: the first load in a session is a POST that records the visit (answered here by the mock server). */
export const CountVisit: Story = {
  args: {
    src: mock('text?body=%7B%22online%22%3A144%2C%22today%22%3A553%2C%22month%22%3A141812%2C%22total%22%3A1116845%7D'),
    'count-visit': true,
  },
};

/** Long labels of the page's own wrap beside the figures. */
export const LongLabels: Story = {
  args: {
    'label-online': 'Số người đang truy cập cổng thông tin',
    'label-today': 'Lượt truy cập trong ngày hôm nay',
    'label-month': 'Lượt truy cập trong tháng này',
    'label-total': 'Tổng số lượt truy cập từ khi khai trương',
  },
};

/** 320 px. */
export const Narrow320: Story = { decorators: [narrow], parameters: { sidebar: false } };

/** Loading, for ever: four rows reserved. */
export const Loading: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER } };

/** No source and no attributes. */
export const Empty: Story = { tags: ['empty'], args: { src: undefined } };

/** Counts that are not numbers are an error. */
export const ErrorWrongShape: Story = { tags: ['error'], args: { src: 'story-data/sai-cau-truc.json' } };

/** The server answers HTTP 503, in English. */
export const ErrorEnglish: Story = { tags: ['error'], args: { lang: 'en', src: mock('status/503') } };
