import { defineStrings } from '../core/i18n.js';

/**
 * The article's own labels. `heading` (the optional bar above the article) is empty by default:
 * the article's title is its heading.
 */
export const articleStrings = defineStrings({
  vi: {
    heading: '',
    author: 'Thực hiện: {0}',
    source: 'Nguồn:',
    related: 'Các tin khác',
    tools: 'Công cụ bài viết',
    print: 'In trang',
    back: 'Quay lại',
    top: 'Lên trên',
    smaller: 'Giảm cỡ chữ',
    larger: 'Tăng cỡ chữ',
    textSize: 'Cỡ chữ: {0}%',
    bodyCut: 'Bài viết quá dài nên chỉ hiển thị phần đầu.',
  },
  en: {
    heading: '',
    author: 'By {0}',
    source: 'Source:',
    related: 'Other news',
    tools: 'Article tools',
    print: 'Print',
    back: 'Back',
    top: 'Back to top',
    smaller: 'Smaller text',
    larger: 'Larger text',
    textSize: 'Text size: {0}%',
    bodyCut: 'This article is too long to show in full: only its beginning is shown.',
  },
});

/** The keys of the article's labels, for its `labels` property and `registerLanguage`. */
export type ArticleLabel = keyof typeof articleStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-article': ArticleLabel;
  }
}
