import type { Meta, StoryObj } from '@storybook/web-components-vite';
import article from '../demo/data/bai-viet.json';
import news from '../demo/data/tin-tuc.json';
import { TEXT_SIZE_KEY } from '../src/article/article.js';
import { FOREVER, mock, narrow, renderOf } from './support.js';

// `<gov-article>`: the model page's article ("Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên
// đề…", by Minh Quang) from demo/data/bai-viet.json, with its tools row and related news.
const meta: Meta = {
  title: 'Elements/Article',
  component: 'gov-article',
  render: renderOf('gov-article'),
  args: { src: 'data/bai-viet.json' },
  // A+ / A− remember the size in localStorage; every story starts from the default size.
  loaders: [
    () => {
      localStorage.removeItem(TEXT_SIZE_KEY);
      return Promise.resolve({});
    },
  ],
};

export default meta;
type Story = StoryObj;

/** The model article with what its JSON can add: a lead image, a source line and related news of its own. */
const complete = {
  ...article,
  image: { src: 'images/tin-5.svg', alt: 'Gia Lộc', caption: 'Hội nghị chuyên đề tại Hội trường Huyện uỷ, chiều 4/10/2018.' },
  source: { name: 'Cổng thông tin điện tử huyện Gia Lộc', url: 'https://gialoc.haiduong.gov.vn/' },
  related: news.items.slice(0, 5).map(({ title, url, date }) => ({ title, url, date })),
};

/** The model page: title, date, lead, body, "Thực hiện: Minh Quang", and "In trang · Quay lại · Lên trên". */
export const Default: Story = {};

/** With "Các tin khác" under it, from the news list's JSON (`related-src`). */
export const WithRelatedNews: Story = { args: { 'related-src': 'data/tin-tuc.json' } };

/** The text-size tools: `tools="print back top text-size"` adds A− / A+ (the size is remembered). */
export const TextSizeTools: Story = { args: { tools: 'print back top text-size' } };

/** Lead image with caption, source line, and related items given in the article's own JSON. */
export const ImageSourceAndRelated: Story = { args: { src: undefined, article: complete } };

/** A heading bar above the article (the title then becomes an h2). */
export const WithHeadingBar: Story = { args: { heading: 'Tin tức – Sự kiện', tools: 'print top' } };

/** No tools row (`tools=""`). */
export const WithoutTools: Story = { args: { tools: '' } };

/** English labels ("By Minh Quang", "Print", "Back", "Back to top") with the article in English. */
export const English: Story = {
  args: { lang: 'en', src: 'data/en/bai-viet.json', 'related-src': 'data/en/tin-tuc.json', tools: 'print back top text-size' },
};

/** The page's own article markup inside the element (no data): the element adds the tools and related news. */
export const PageMarkup: Story = {
  args: { src: undefined, 'related-src': 'data/tin-tuc.json' },
  render: renderOf('gov-article', {
    content: `<h1>Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề về nâng cao chất lượng, hiệu quả hoạt động tiếp xúc cử tri của đại biểu HĐND 2 cấp huyện và xã.</h1>
      <p><strong>Chiều 4/10/2018 tại Hội trường Huyện uỷ; Thường trực HĐND huyện tổ chức hội nghị chuyên đề về nâng cao chất lượng, hiệu quả hoạt động tiếp xúc cử tri tại hội nghị tiếp xúc cử tri của đại biểu HĐND 2 cấp huyện và xã.</strong></p>
      <p>Tới dự hội nghị có đ/c Nguyễn Thanh Mai-TUV-Phó Chủ tịch HĐND tỉnh; Chủ toạ hội nghị có đ/c Nguyễn Khắc Toản-TUV-Bí thư Huyện uỷ; Chủ tịch HĐND huyện.</p>
      <p>Thực hiện: Minh Quang</p>`,
  }),
};

/** 320 px: the long Vietnamese title and the tools wrap. */
export const Narrow320: Story = { args: { tools: 'print back top text-size' }, decorators: [narrow] };

/** Loading, for ever: a skeleton of a title, date, image and paragraphs. */
export const Loading: Story = { tags: ['loading'], args: { src: mock('never'), timeout: FOREVER } };

/** No source and no markup inside: "Chưa có dữ liệu." */
export const Empty: Story = { tags: ['empty'], args: { src: undefined } };

/** HTTP 404: a calm message (the status goes to `gov-error` and the console); "Thử lại" refetches. */
export const ErrorHttp: Story = { tags: ['error'], args: { src: mock('status/404') } };

/** JSON without a title is an error, not a blank article. */
export const ErrorNoTitle: Story = {
  tags: ['error'],
  args: { src: mock('text?body=%7B%22body%22%3A%22%3Cp%3Ex%3C%2Fp%3E%22%7D') },
};

/** An error in English. */
export const ErrorEnglish: Story = { tags: ['error'], args: { lang: 'en', src: mock('status/500') } };
