import { defineStrings } from '../core/i18n.js';

/** The news list's own labels. */
export const newsListStrings = defineStrings({
  vi: { heading: 'Tin tức – Sự kiện', showMore: 'Xem thêm' },
  en: { heading: 'News and events', showMore: 'Show more' },
});
