import type { Meta, StoryObj } from '@storybook/web-components-vite';
import documents from '../demo/data/van-ban.json';
import services from '../demo/data/dich-vu-cong.json';
import '../src/service-links/service-links.js';
import { FOREVER, mock, narrow, renderOf, sidebar } from './support.js';

// `<gov-service-links>`: the model page's "DỊCH VỤ CÔNG TRỰC TUYẾN" and "HỆ THỐNG VĂN BẢN" boxes and its
// quick links (demo/data/dich-vu-cong.json, van-ban.json, lien-ket.json).
const meta: Meta = {
  title: 'Elements/Service links',
  component: 'gov-service-links',
  render: renderOf('gov-service-links'),
  args: { src: 'data/dich-vu-cong.json' },
};

export default meta;
type Story = StoryObj;

// What the model page's links do not carry, added here so the demo's data stays the one copy of them.
const DESCRIPTIONS = [
  'Nộp hồ sơ, theo dõi và nhận kết quả thủ tục hành chính của huyện.',
  'Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của huyện.',
  'Tra cứu kết quả giải quyết hồ sơ thủ tục hành chính.',
  'Cổng dịch vụ công của tỉnh Hải Dương.',
];
/** The public-service links, each with a description. */
const described = services.items.map((link, i) => ({ ...link, description: DESCRIPTIONS[i] }));
/** The public-service links and the document systems in one list, each under its box's name. */
const grouped = [
  ...services.items.map((link) => ({ ...link, group: 'Dịch vụ công trực tuyến' })),
  ...documents.items.map((link) => ({ ...link, icon: 'document', group: 'Hệ thống văn bản' })),
];

/** "Dịch vụ công trực tuyến" (the default heading): links with built-in icons; the external one is marked. */
export const List: Story = { decorators: [sidebar] };

/** The "Hệ thống văn bản" box: the same element with another heading. */
export const Documents: Story = { args: { src: 'data/van-ban.json', heading: 'Hệ thống văn bản' }, decorators: [sidebar] };

/** The model page's quick links as a column of buttons, without a heading bar. */
export const Buttons: Story = { args: { src: 'data/lien-ket.json', layout: 'buttons', heading: '' }, decorators: [sidebar] };

/** A tile grid, with descriptions, at page width. */
export const Grid: Story = {
  args: { src: undefined, items: described, layout: 'grid' },
};

/** Groups: services and documents in one box, each under its subheading. */
export const Groups: Story = { args: { src: undefined, items: grouped, heading: 'Liên kết' }, decorators: [sidebar] };

/** `new-window`: links open a new window (said to screen readers too). */
export const NewWindow: Story = {
  args: { src: 'data/van-ban.json', heading: 'Hệ thống văn bản', 'new-window': true },
  decorators: [sidebar],
};

/** English labels and links. */
export const English: Story = { args: { lang: 'en', src: 'data/en/dich-vu-cong.json' }, decorators: [sidebar] };

/** The documents box in English. */
export const EnglishDocuments: Story = {
  args: { lang: 'en', src: 'data/en/van-ban.json', heading: 'Documents' },
  decorators: [sidebar],
};

/** Long Vietnamese titles and descriptions (the model page's notices as links), external mark on the last. */
export const LongVietnameseTitles: Story = {
  args: { src: 'story-data/lien-ket-dai.json', heading: 'Liên kết' },
  decorators: [sidebar],
};

/** Long titles as buttons. */
export const LongTitlesButtons: Story = {
  args: { src: 'story-data/lien-ket-dai.json', layout: 'buttons', heading: '' },
  decorators: [sidebar],
};

/** 320 px: long titles with the external mark wrap. */
export const Narrow320: Story = { args: { src: undefined, items: grouped, heading: 'Liên kết' }, decorators: [narrow] };

/** 320 px, grid. */
export const Narrow320Grid: Story = {
  args: { src: undefined, items: described, layout: 'grid' },
  decorators: [narrow],
};

/** Loading, for ever. */
export const Loading: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER }, decorators: [sidebar] };

/** No links: "Chưa có dữ liệu." */
export const Empty: Story = { tags: ['empty'], args: { src: 'story-data/rong.json' }, decorators: [sidebar] };

/** The server answers HTTP 403. */
export const ErrorHttp: Story = { tags: ['error'], args: { src: mock('status/403') }, decorators: [sidebar] };

/** An error in English. */
export const ErrorEnglish: Story = { tags: ['error'], args: { lang: 'en', src: mock('status/502') }, decorators: [sidebar] };
