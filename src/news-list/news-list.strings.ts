import { defineStrings } from '../core/i18n.js';

/** The news list's own labels. */
export const newsListStrings = defineStrings({
  vi: { heading: 'Tin tức – Sự kiện', showMore: 'Xem thêm' },
  en: { heading: 'News and events', showMore: 'Show more' },
});

/** The keys of the news list's labels, for its `labels` property and `registerLanguage`. */
export type NewsListLabel = keyof typeof newsListStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-news-list': NewsListLabel;
  }
}
