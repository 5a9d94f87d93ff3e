import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/photo-gallery/photo-gallery.js';
import type { GovPhotoGallery, PhotoItemInput } from '../src/photo-gallery/photo-gallery.js';
import { FOREVER, mock, narrow, renderOf, sidebar } from './support.js';

// `<gov-photo-gallery>`: the model page's "THƯ VIỆN ẢNH" box and its variants. Data:
// demo/data/thu-vien-anh.json (served at data/), six pictures of Gia Lộc with large versions.
const meta: Meta = {
  title: 'Elements/Photo gallery',
  component: 'gov-photo-gallery',
  render: renderOf('gov-photo-gallery'),
  decorators: [sidebar],
  args: { src: 'data/thu-vien-anh.json' },
};

export default meta;
type Story = StoryObj;

/** Pictures as code gives them (relative URLs resolve against the page, here Storybook's preview). */
const photos = (album?: (i: number) => string | undefined): PhotoItemInput[] =>
  [
    [
      'hoi-nghi',
      'Hội trường Huyện ủy Gia Lộc: đại biểu ngồi kín các hàng ghế',
      'Hội nghị trực tuyến phòng chống dịch COVID-19',
      '31/03/2020',
    ],
    ['den-quat', 'Đền Quát mái ngói đỏ cong, hàng cột đỏ', 'Đền Quát thôn Hạ Bì, xã Yết Kiêu', '2020-02-15'],
    ['cho-nong-san', 'Các sạp rau quả mái bạt xanh đỏ', 'Chợ đầu mối nông sản Gia Lộc', '2020-01-20'],
    ['le-hoi', 'Cờ đuôi nheo giăng ngang sân lễ hội', 'Lễ hội truyền thống thôn Thị Xá – Hồng Hưng', '2020-01-08'],
    ['canh-dong', 'Cánh đồng lúa xanh, ba người đội nón lá', 'Cánh đồng lúa vụ chiêm xuân', '2019-12-10'],
    ['tru-so', 'Trụ sở hai tầng sơn vàng, lá cờ trên nóc', 'Trụ sở Ủy ban nhân dân huyện Gia Lộc', '2019-11-25'],
  ].map(([name, alt, caption, date], i) => ({
    src: `images/anh-${name}.webp`,
    full: `images/anh-${name}-lon.webp`,
    alt,
    caption,
    date,
    album: album?.(i),
  }));

/** Opens the lightbox on a picture once the gallery is ready (for the stories that show it open). */
const openOn =
  (index: number) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const el = canvasElement.querySelector<GovPhotoGallery>('gov-photo-gallery')!;
    for (let i = 0; i < 100 && el.getAttribute('state') !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
    await el.showPhoto(index);
  };

/** The model page's sidebar box: six thumbnails, two a row; each opens the lightbox. */
export const Grid: Story = { args: { heading: 'Thư viện ảnh', limit: 6 } };

/** `layout="strip"`: one row that scrolls sideways (by touch, trackpad, or Tab through the thumbnails). */
export const Strip: Story = { args: { layout: 'strip' } };

/** The lightbox open on the third picture: "3 / 6", caption and date, previous / next / close, arrow keys and Escape. */
export const LightboxOpen: Story = { args: { heading: 'Thư viện ảnh' }, play: openOn(2) };

/** Pictures set from code (`el.items = […]`, the first of the sources), grouped by `album`: each album under its name. */
export const Albums: Story = {
  args: { src: undefined, items: photos((i) => (i < 2 ? 'Hội nghị, sự kiện' : 'Quê hương Gia Lộc')) },
  parameters: { sidebar: false },
};

/** In the lightbox, previous / next stay within the picture's album ("2 / 4"). */
export const AlbumsLightbox: Story = { ...Albums, play: openOn(3) };

/** Data given inline in a `<script type="application/json">` child, no request at all. */
export const InlineJson: Story = {
  args: { src: undefined },
  render: renderOf('gov-photo-gallery', {
    content: `<script type="application/json">{"title":"Đền Quát thôn Hạ Bì","items":[
      {"src":"images/anh-den-quat.webp","full":"images/anh-den-quat-lon.webp","alt":"Đền Quát mái ngói đỏ cong, hàng cột đỏ","caption":"Đền Quát thôn Hạ Bì, xã Yết Kiêu"},
      {"src":"images/anh-le-hoi.webp","alt":"Cờ đuôi nheo giăng ngang sân lễ hội","caption":"Lễ hội truyền thống"}
    ]}</script>`,
  }),
};

/** A picture that fails to load shows its `alt` text in a frame of the same size, not a broken icon. */
export const BrokenPicture: Story = {
  args: {
    src: undefined,
    // A file that is there but is no picture: it fails to decode (a missing one would also log a 404).
    items: [{ src: 'data/thu-vien-anh.json', alt: 'Lễ khánh thành cầu Gia Lộc (ảnh không tải được)' }, ...photos().slice(0, 3)],
  },
};

/** English labels (the element follows the closest `lang`), with the pictures described in English. */
export const English: Story = { args: { lang: 'en', src: 'data/en/thu-vien-anh.json' } };

/** The lightbox in English: "Photo 2 of 6" for screen readers, "Previous photo", "Next photo", "Close". */
export const EnglishLightbox: Story = { args: { lang: 'en', src: 'data/en/thu-vien-anh.json' }, play: openOn(1) };

/** English, strip layout. */
export const EnglishStrip: Story = { args: { lang: 'en', src: 'data/en/thu-vien-anh.json', layout: 'strip' } };

/** 320 px: the narrowest phone. */
export const Narrow320: Story = { decorators: [narrow], parameters: { sidebar: false } };

/** 320 px, strip. */
export const Narrow320Strip: Story = { args: { layout: 'strip' }, decorators: [narrow], parameters: { sidebar: false } };

/** Loading, for ever: the request never answers, so the skeleton of six frames stays. */
export const Loading: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER } };

/** Loading in the strip layout. */
export const LoadingStrip: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER, layout: 'strip' } };

/** Fallback content (a link to the portal's photo page) shows while loading, and without JavaScript. */
export const FallbackWhileLoading: Story = {
  tags: ['loading'],
  args: { src: mock('never'), timeout: FOREVER },
  render: renderOf('gov-photo-gallery', { content: `<p><a href="#thu-vien-anh">Xem thư viện ảnh của huyện</a></p>` }),
};

/** Valid data with no pictures: "Chưa có dữ liệu." */
export const Empty: Story = { tags: ['empty'], args: { src: 'story-data/rong.json' } };

/** Empty, in English: "No items yet." */
export const EmptyEnglish: Story = { tags: ['empty'], args: { lang: 'en', src: 'story-data/rong.json' } };

/** The server answers HTTP 503: a calm message names the box (the status goes to `gov-error` and the console), "Thử lại" refetches. */
export const ErrorHttp: Story = { tags: ['error'], args: { src: mock('status/503') } };

/** No picture has its `alt` text: each is skipped (the console says why) and no usable item is an error. */
export const ErrorNoAltText: Story = {
  tags: ['error'],
  args: { src: undefined, items: photos().map(({ src }) => ({ src })) },
};

/** A server that never answers: after `timeout` (here 1.5 s) the message says how long it waited. */
export const ErrorTimeout: Story = { tags: ['error'], args: { src: mock('never'), timeout: 1500 } };

/** An error in English: "Try again". */
export const ErrorEnglish: Story = { tags: ['error'], args: { lang: 'en', src: mock('status/500') } };
