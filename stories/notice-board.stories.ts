import type { Meta, StoryObj } from '@storybook/web-components-vite';
import notices from '../demo/data/thong-bao.json';
import '../src/notice-board/notice-board.js';
import { FOREVER, mock, narrow, renderOf, sidebar } from './support.js';

// `<gov-notice-board>`: the model page's "THÔNG BÁO" box (demo/data/thong-bao.json). The model page gives the
// notices no dates; `dated` below adds them (and a meeting notice that expired), with "now" fixed at 1 April 2020.
const meta: Meta = {
  title: 'Elements/Notice board',
  component: 'gov-notice-board',
  render: renderOf('gov-notice-board'),
  args: { src: 'data/thong-bao.json' },
  decorators: [sidebar],
};

export default meta;
type Story = StoryObj;

const DATES = ['2020-02-03', '2020-03-30', '2020-03-27', '2020-02-05', '2020-02-10'];
/** The model page's notices with dates, and the page's "Thông báo mời hợp", expired on 20 March. */
const dated = [
  ...notices.items.map((notice, i) => ({ ...notice, date: DATES[i] })),
  { title: 'Thông báo mời hợp', url: '/thong-bao-moi-hop.html', date: '2020-03-16', expires: '2020-03-20' },
];

/** The model page's box: the pinned, important notice first. A still list: nothing moves by default. */
export const Default: Story = {};

/** Dated notices seen on 1 April 2020: "Mới" on the last 7 days, the expired one hidden, pinned first. */
export const NewBadgesAndExpiry: Story = {
  args: { src: undefined, items: dated, now: new Date('2020-04-01T09:00:00+07:00'), 'time-zone': 'Asia/Ho_Chi_Minh' },
};

/** `limit="3"`. */
export const Limited: Story = { args: { limit: 3 } };

/** The opt-in ticker (`ticker`): moves when the list is taller than its box, pauses on hover and focus, has a pause button. */
export const Ticker: Story = {
  args: { ticker: true, '--gov-ticker-height': '13rem' },
};

/** The ticker, faster (`ticker-speed="40"`), in English ("Pause" / "Play"). */
export const TickerEnglish: Story = {
  args: { lang: 'en', src: 'data/en/thong-bao.json', ticker: true, 'ticker-speed': 40, '--gov-ticker-height': '12rem' },
};

/** English labels ("Notices", "Important", "New"), with the notices in English. */
export const English: Story = { args: { lang: 'en', src: 'data/en/thong-bao.json' } };

/** The model page's longest notice titles, at a sidebar's width, with badges. */
export const LongVietnameseTitles: Story = {
  args: { src: undefined, items: dated, now: new Date('2020-04-01T09:00:00+07:00'), limit: 4 },
};

/** 320 px: the model page's long notice titles wrap. */
export const Narrow320: Story = {
  args: { src: undefined, items: dated, now: new Date('2020-04-01') },
  decorators: [narrow],
  parameters: { sidebar: false },
};

/** 320 px with the ticker. */
export const Narrow320Ticker: Story = {
  args: { ticker: true, '--gov-ticker-height': '11rem' },
  decorators: [narrow],
  parameters: { sidebar: false },
};

/** Loading, for ever. */
export const Loading: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER } };

/** No notices: "Chưa có dữ liệu." */
export const Empty: Story = { tags: ['empty'], args: { src: 'story-data/rong.json' } };

/** The server answers HTTP 500. */
export const ErrorHttp: Story = { tags: ['error'], args: { src: mock('status/500') } };

/** An error in English. */
export const ErrorEnglish: Story = { tags: ['error'], args: { lang: 'en', src: mock('html') } };
